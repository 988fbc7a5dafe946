import type { ServiceContext } from '../context';
import { createCertificationsService } from './certifications-service';
import { createChecklistService } from './checklist-service';
import { createAuditsContext } from './context';
import { createFindingsService } from './findings-service';
import { createGradesService } from './grades-service';
import { auditProgramme } from './programme';
import { createAuditsService } from './service';

/** Certifications, audits, their checklists and findings, for one open file. */
export const createAuditControl = (ctx: ServiceContext) => {
  const ac = createAuditsContext(ctx);
  return {
    certifications: createCertificationsService(ac),
    audits: { ...createAuditsService(ac), programme: (certificationId: number | undefined) => auditProgramme(ac, certificationId) },
    checklist: createChecklistService(ac),
    findings: createFindingsService(ac),
    grades: createGradesService(ac),
  };
};

import type { ServiceContext } from '../context';
import { createCertificationsService } from '../certifications/service';
import { createChecklistService } from './checklist-service';
import { createAuditsContext } from './context';
import { createFindingsService } from './findings-service';
import { createGradesService } from './grades-service';
import { auditProgramme } from './programme';
import { createAuditReportService } from './report-service';
import { createAuditsService } from './service';
import { createStructureRuleService } from './structure-rule';

/** Certifications, audits, their checklists and findings, for one open file. */
export const createAuditControl = (ctx: ServiceContext) => {
  const ac = createAuditsContext(ctx);
  const findings = createFindingsService(ac);
  return {
    certifications: createCertificationsService(ac),
    audits: {
      ...createAuditsService(ac, findings.followNotification),
      programme: (certificationId: number | undefined) => auditProgramme(ac, certificationId),
      saveReport: createAuditReportService(ac).save,
    },
    checklist: createChecklistService(ac),
    findings,
    grades: createGradesService(ac),
    structureRule: createStructureRuleService(ac),
  };
};

import type { FieldChange } from '../../../shared/schemas/history';
import type { ServiceContext } from '../context';
import { notFound, raise } from '../errors';
import { createHistoryRepository } from '../history/repository';
import { createPeopleRepository } from '../people/repository';
import { createProcessesRepository } from '../processes/repository';
import { createReferentialsRepository } from '../referentials/repository';
import { createCertificationsRepository } from '../certifications/repository';
import { createChecklistRepository } from './checklist-repository';
import { createFindingsRepository } from './findings-repository';
import { createAuditsRepository } from './repository';
import { createYearlySequences } from './sequences';

/** The repositories and helpers that certifications, audits, checklists and findings share. */
export const createAuditsContext = (ctx: ServiceContext) => {
  const repos = {
    certifications: createCertificationsRepository(ctx.db),
    audits: createAuditsRepository(ctx.db),
    checklist: createChecklistRepository(ctx.db),
    findings: createFindingsRepository(ctx.db),
    sequences: createYearlySequences(ctx.db),
    people: createPeopleRepository(ctx.db),
    processes: createProcessesRepository(ctx.db),
    referentials: createReferentialsRepository(ctx.db),
    history: createHistoryRepository(ctx.db, ctx.author),
    requirementExists: ctx.db.prepare<[number], number>('SELECT 1 FROM requirements WHERE id = ?').pluck(),
    referentialExists: ctx.db.prepare<[number], number>('SELECT 1 FROM referentials WHERE id = ?').pluck(),
    /** A requirement's number when it can only give a major NC (a Qualiopi indicator so marked). */
    majorOnlyNumber: ctx.db.prepare<[number], string>('SELECT number FROM requirements WHERE id = ? AND major_only = 1').pluck(),
  };
  return {
    ...ctx,
    repos,
    mustGetCertification: (id: number) => repos.certifications.get(id) ?? raise(notFound('Cette certification')),
    mustGetAudit: (id: number) => repos.audits.get(id) ?? raise(notFound('Cet audit')),
    /** Appends to a record's timeline; call inside the transaction that makes the change. */
    record: (entity: 'certification' | 'audit' | 'nonconformity', entityId: number, action: string, changes: FieldChange[], at: string) =>
      repos.history.append({ at, entity, entityId, action, changes }),
  };
};

export type AuditsContext = ReturnType<typeof createAuditsContext>;

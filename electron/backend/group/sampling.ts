import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { isHeldAudit } from '../../../shared/domain/audits';
import { certificationAt } from '../../../shared/domain/certification';
import { toCalendarDate } from '../../../shared/domain/dates';
import { cycleSampling, isSampledAudit, samplingRefusal } from '../../../shared/domain/group-sampling';
import type { CyclePlan } from '../../../shared/schemas/certifications';
import type { GroupSampling, samplingRecordSchema } from '../../../shared/schemas/group-audits';
import type { ServiceContext } from '../context';
import { ServiceError, notFound } from '../errors';
import { createHistoryRepository } from '../history/repository';
import { createSettingsRepository } from '../organisation/repository';
import { createGroupRepository } from './repository';
import { createSamplingRepository } from './sampling-repository';

const SAMPLED_KEY = 'group.sampledPerAudit';

/**
 * The group certification's cycle on `today`: the group certification in force then (else the latest
 * recorded, `certificationAt`), its body's audits not cancelled with the members each sampled, each
 * member's place and what is still due (`cycleSampling`). `plan` is the certification register's own
 * cycle planner, which says which audits the cycle still expects.
 */
export const readGroupSampling = (db: Database.Database, today: string, plan: (certificationId: number) => CyclePlan): GroupSampling => {
  const repo = createSamplingRepository(db);
  const members = createGroupRepository(db).list();
  const sampledSetting = createSettingsRepository(db).get(SAMPLED_KEY);
  const sampledPerAudit = sampledSetting === null ? null : Number(sampledSetting);
  const certification = certificationAt(repo.groupCertifications(), today);
  // No group certification, no cycle: nothing is due yet, and nothing to warn about.
  if (!certification)
    return { certification: null, sampledPerAudit, audits: [], members: [], remainingAudits: 0, toSample: 0, shortfall: null };
  const samples = repo.samples();
  const audits = repo
    .auditsOf(certification.id)
    .filter(isSampledAudit)
    .map((audit) => ({ ...audit, memberIds: samples.get(audit.id) ?? [] }));
  const unplannedAudits = plan(certification.id).proposals.filter(
    (proposal) => proposal.plannedAuditId === null && !proposal.windowPassed,
  ).length;
  const names = new Map(members.map((member) => [member.id, member.name]));
  return {
    certification: {
      id: certification.id,
      scheme: certification.scheme,
      certificateNumber: certification.certificateNumber,
      decisionDate: certification.decisionDate,
      expiryDate: certification.expiryDate,
    },
    sampledPerAudit,
    audits: audits.map(({ id, memberIds, certificationId: _certification, ...audit }) => ({
      ...audit,
      auditId: id,
      held: isHeldAudit(audit.status),
      members: memberIds.map((memberId) => ({ memberId, name: names.get(memberId) ?? '' })),
    })),
    ...cycleSampling({ audits, members, sampledPerAudit, unplannedAudits, today }),
  };
};

/** Which members the certification body samples at each audit of the group's cycle. */
export const createGroupSamplingService = (ctx: ServiceContext, plan: (certificationId: number) => CyclePlan) => {
  const repo = createSamplingRepository(ctx.db);
  const members = createGroupRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const today = () => toCalendarDate(ctx.now());
  const read = () => readGroupSampling(ctx.db, today(), plan);

  return {
    read,

    /** Records the members an audit of the group's cycle sampled (or will sample), replacing its list; history on the audit. */
    record: (input: z.output<typeof samplingRecordSchema>): GroupSampling =>
      ctx.db
        .transaction(() => {
          const audit = repo.audit(input.auditId);
          if (!audit) throw notFound('Cet audit');
          const cycle = read();
          if (!cycle.certification || audit.certificationId !== cycle.certification.id || !isSampledAudit(audit)) {
            const message = cycle.certification
              ? `L’audit ${audit.reference} n’est pas un audit de l’organisme certificateur du cycle de la certification de groupe (${cycle.certification.scheme}) : choisissez un audit de ce cycle, non annulé.`
              : 'Aucune certification de groupe n’est enregistrée : enregistrez-la (case « certification de groupe ») et ses audits avant l’échantillonnage.';
            throw new ServiceError('invalid_input', message, { auditId: message });
          }
          const all = members.list();
          const refusal = samplingRefusal(audit, input.memberIds, all);
          if (refusal) throw new ServiceError('invalid_input', refusal.message, { [refusal.field]: refusal.message });
          const namesOf = (ids: readonly number[]) =>
            ids
              .map((id) => all.find((member) => member.id === id)?.name ?? '')
              .sort((a, b) => a.localeCompare(b, 'fr'))
              .join(', ');
          const before = namesOf(cycle.audits.find((line) => line.auditId === audit.id)?.members.map((line) => line.memberId) ?? []);
          const after = namesOf(input.memberIds);
          if (before === after) return cycle;
          repo.replace(audit.id, input.memberIds, ctx.now().toISOString());
          history.append({
            at: ctx.now().toISOString(),
            entity: 'audit',
            entityId: audit.id,
            action: 'group_sampling',
            changes: [{ field: 'sampledMembers', before: before === '' ? null : before, after: after === '' ? null : after }],
          });
          return read();
        })
        .immediate(),
  };
};

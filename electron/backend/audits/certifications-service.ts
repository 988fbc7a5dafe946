import type { z } from 'zod';
import { planCycle, type CycleAudit } from '../../../shared/domain/certification';
import { defaultSchemeRules, ruleFamilyFor, validityProblem } from '../../../shared/domain/certification-rules';
import { cycleWarnings } from '../../../shared/domain/cycle-warnings';
import { toCalendarDate } from '../../../shared/domain/dates';
import { describeRules } from '../../../shared/domain/certification-words';
import type {
  Audit,
  Certification,
  CyclePlan,
  acceptProposalsSchema,
  certificationFieldsSchema,
  certificationUpdateSchema,
} from '../../../shared/schemas/audits';
import { ServiceError, invalidField } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import type { AuditsContext } from './context';
import type { CertificationValues } from './certifications-repository';

type Fields = z.output<typeof certificationFieldsSchema>;

/** Certifications held or prepared, and the audits their 3-year cycle calls for. */
export const createCertificationsService = (ac: AuditsContext) => {
  const { repos } = ac;

  /**
   * The expiry of the certificate this one renews, when it was decided before that one expired: the
   * new certificate may then run three years from the old expiry (ISO/IEC 17021-1 §9.6.3.2.4).
   */
  const renewedExpiry = (decision: string, ownId: number | null): string | null =>
    repos.certifications
      .list()
      .filter((other) => other.id !== ownId && other.decisionDate !== null && other.decisionDate < decision)
      .map((other) => other.expiryDate)
      .filter((expiry): expiry is string => expiry !== null && expiry >= decision)
      .sort()
      .at(-1) ?? null;

  const checked = (fields: Fields, prefix: string, ownId: number | null): CertificationValues => {
    if (fields.referentialId !== null && !repos.referentialExists.get(fields.referentialId)) {
      throw invalidField(`${prefix}referentialId`, 'Ce référentiel n’existe pas.');
    }
    // Absent rules keep what the certification had (its own, or its family's defaults).
    const rules = fields.rules === undefined ? (ownId === null ? null : repos.certifications.ownRules(ownId)) : fields.rules;
    if (fields.decisionDate && fields.expiryDate) {
      const family = (rules ?? defaultSchemeRules(ruleFamilyFor(fields.scheme))).family;
      const problem = validityProblem(fields.decisionDate, fields.expiryDate, family, renewedExpiry(fields.decisionDate, ownId));
      if (problem !== null) throw invalidField(`${prefix}expiryDate`, problem);
    }
    return {
      ...fields,
      rules,
      groupName: fields.isGroup ? fields.groupName : null,
      centralFunction: fields.isGroup ? fields.centralFunction : null,
      otherMembers: fields.isGroup ? fields.otherMembers : null,
    };
  };

  const snapshot = (
    c: Pick<
      Certification,
      | 'scheme'
      | 'referentialName'
      | 'body'
      | 'certificateNumber'
      | 'decisionDate'
      | 'expiryDate'
      | 'status'
      | 'isGroup'
      | 'groupName'
      | 'centralFunction'
      | 'otherMembers'
      | 'rules'
    >,
  ) => ({
    scheme: c.scheme,
    referential: c.referentialName,
    body: c.body,
    certificateNumber: c.certificateNumber,
    decisionDate: c.decisionDate,
    expiryDate: c.expiryDate,
    status: c.status,
    isGroup: c.isGroup,
    groupName: c.groupName,
    centralFunction: c.centralFunction,
    otherMembers: c.otherMembers,
    rules: `${describeRules(c.rules, c.rules.family)} Renouvellement terminé ${c.rules.renewalMarginMonths} mois avant l’échéance.`,
  });

  const cycleAudits = (certificationId: number): CycleAudit[] =>
    repos.audits.list({ certificationId, year: null, includeCancelled: false }).map((audit) => ({
      id: audit.id,
      reference: audit.reference,
      type: audit.type,
      startDate: audit.startDate,
      endDate: audit.endDate,
      status: audit.status,
      cycleSlot: audit.cycleSlot,
    }));

  /** The cycle recomputed from the audits held, with what the rules warn about, as of today. */
  const plan = (id: number): CyclePlan => {
    const certification = ac.mustGetCertification(id);
    const { rules, decisionDate: decision, expiryDate: expiry } = certification;
    const today = toCalendarDate(ac.now());
    const audits = cycleAudits(id);
    const cycle = decision && expiry ? planCycle({ decision, expiry, rules, audits, today }) : null;
    const findings = repos.findings.forCertification(id);
    return {
      certificationId: id,
      family: rules.family,
      renewalMarginMonths: rules.renewalMarginMonths,
      proposals: (cycle?.slots ?? []).map(({ auditId, ...proposal }) => ({ ...proposal, plannedAuditId: auditId })),
      restoration: cycle?.restoration ?? null,
      warnings: cycleWarnings({ decision, expiry, rules, cycle, audits, findings, today }),
    };
  };

  return {
    list: (): Certification[] => repos.certifications.list(),
    get: ac.mustGetCertification,

    create: (fields: Fields): Certification =>
      ac.db
        .transaction(() => {
          const values = checked(fields, '', null);
          const at = ac.now().toISOString();
          const id = repos.certifications.insert(values, at);
          const created = ac.mustGetCertification(id);
          ac.record('certification', id, 'create', creationFields(snapshot(created)), at);
          return created;
        })
        .immediate(),

    update: (input: z.output<typeof certificationUpdateSchema>): Certification =>
      ac.db
        .transaction(() => {
          const current = ac.mustGetCertification(input.id);
          if (current.revision !== input.revision)
            throw new ServiceError('conflict', 'Cette certification a été modifiée entre-temps. Rechargez la page.');
          const values = checked(input.fields, 'fields.', input.id);
          const at = ac.now().toISOString();
          repos.certifications.update(input.id, values, at);
          const updated = ac.mustGetCertification(input.id);
          const changes = diffFields(snapshot(current), snapshot(updated));
          if (changes.length > 0) ac.record('certification', input.id, 'update', changes, at);
          return updated;
        })
        .immediate(),

    /** The cycle's audits with their target windows, which are already held or planned, and its warnings. */
    plan,

    /** The warnings of every certification still running, for "À faire". */
    warnings: () =>
      repos.certifications
        .list()
        .filter((certification) => certification.status !== 'expire')
        .map((certification) => ({ certification, warnings: plan(certification.id).warnings })),

    /** Plans the proposed audits of the chosen slots as "planifié" audits the user can then move. */
    acceptPlan: (input: z.output<typeof acceptProposalsSchema>): Audit[] =>
      ac.db
        .transaction(() => {
          const proposals = plan(input.certificationId).proposals;
          if (proposals.length === 0) {
            throw new ServiceError(
              'invalid_input',
              'Indiquez la date de décision et la date d’échéance du certificat pour planifier son cycle.',
            );
          }
          const at = ac.now().toISOString();
          return input.slots.map((slot) => {
            const proposal = proposals.find((candidate) => candidate.slot === slot);
            if (!proposal) throw new ServiceError('invalid_input', 'Cet audit ne fait pas partie du cycle.');
            if (proposal.plannedAuditId !== null) return ac.mustGetAudit(proposal.plannedAuditId);
            const reference = repos.sequences.auditReference(Number(proposal.proposedDate.slice(0, 4)));
            const id = repos.audits.insert(
              reference,
              {
                certificationId: input.certificationId,
                type: proposal.type,
                title: null,
                startDate: proposal.proposedDate,
                endDate: proposal.proposedDate,
                reportNotifiedOn: null,
                status: 'planifie',
                leadAuditorId: null,
                leadAuditorExternal: null,
                windowStart: proposal.windowStart,
                windowEnd: proposal.windowEnd,
                cycleSlot: proposal.slot,
                notes: null,
              },
              at,
            );
            ac.record(
              'audit',
              id,
              'create',
              creationFields({
                reference,
                type: proposal.type,
                startDate: proposal.proposedDate,
                windowStart: proposal.windowStart,
                windowEnd: proposal.windowEnd,
                cycleSlot: slot,
              }),
              at,
            );
            return ac.mustGetAudit(id);
          });
        })
        .immediate(),
  };
};

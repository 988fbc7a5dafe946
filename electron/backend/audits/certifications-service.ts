import type { z } from 'zod';
import { cycleRulesFor, planCycle } from '../../../shared/domain/certification';
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

  const checked = (fields: Fields, prefix: string): CertificationValues => {
    if (fields.referentialId !== null && !repos.referentialExists.get(fields.referentialId)) {
      throw invalidField(`${prefix}referentialId`, 'Ce référentiel n’existe pas.');
    }
    return {
      ...fields,
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
  });

  const plan = (id: number): CyclePlan => {
    const certification = ac.mustGetCertification(id);
    const rules = cycleRulesFor(certification.scheme);
    if (!certification.decisionDate || !certification.expiryDate) return { certificationId: id, rules, proposals: [] };
    return {
      certificationId: id,
      rules,
      proposals: planCycle(certification.decisionDate, certification.expiryDate, rules).map((proposal) => ({
        ...proposal,
        plannedAuditId: repos.audits.forSlot(id, proposal.slot) ?? null,
      })),
    };
  };

  return {
    list: (): Certification[] => repos.certifications.list(),
    get: ac.mustGetCertification,

    create: (fields: Fields): Certification =>
      ac.db
        .transaction(() => {
          const values = checked(fields, '');
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
          const values = checked(input.fields, 'fields.');
          const at = ac.now().toISOString();
          repos.certifications.update(input.id, values, at);
          const updated = ac.mustGetCertification(input.id);
          const changes = diffFields(snapshot(current), snapshot(updated));
          if (changes.length > 0) ac.record('certification', input.id, 'update', changes, at);
          return updated;
        })
        .immediate(),

    /** The cycle's audits with their target windows, and which are already planned. */
    plan,

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

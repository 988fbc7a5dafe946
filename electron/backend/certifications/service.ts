import type { z } from 'zod';
import { defaultSchemeRules, ruleFamilyFor, validityProblem } from '../../../shared/domain/certification-rules';
import { describeRules } from '../../../shared/domain/certification-words';
import type { Certification, certificationFieldsSchema, certificationUpdateSchema } from '../../../shared/schemas/audits';
import { ServiceError, invalidField } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createCertificationCycle } from './cycle';
import type { AuditsContext } from '../audits/context';
import type { CertificationValues } from './repository';

type Fields = z.output<typeof certificationFieldsSchema>;

/** What history keeps of a certification: its words, as they read at the time. */
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

/** The certification records: reading them, and creating or editing one with its checks. */
const createCertificationRecords = (ac: AuditsContext) => {
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
  };
};

/** Certifications held or prepared, and the audits their 3-year cycle calls for. */
export const createCertificationsService = (ac: AuditsContext) => ({
  ...createCertificationRecords(ac),
  ...createCertificationCycle(ac),
});

import { inWords } from '../words';
import type { ReadinessRule } from '../types';

export const nonconformityOverdue: ReadinessRule = {
  id: 'nonconformity-overdue',
  title: 'Non-conformités ouvertes au-delà de leur échéance',
  source: { clause: '10.2', cites: 'ISO 9001 § 10.2.1 (réagir à la non-conformité)' },
  grade: 'mineure',
  check: (facts) =>
    facts.nonconformities
      .filter((n) => n.closedOn === null && n.openActionsDue !== null && n.openActionsDue < facts.asOf)
      .map((n) => ({
        key: String(n.id),
        what: `${n.reference} « ${n.description} » est ouverte et ses actions devaient être faites le ${inWords(n.openActionsDue ?? '')} : faites avancer son traitement.`,
        evidence: `État de ${n.reference} et échéances de ses actions.`,
        link: `/non-conformites/${n.id}`,
        ...(n.requirementNumber === null ? {} : { requirement: n.requirementNumber }),
      })),
};

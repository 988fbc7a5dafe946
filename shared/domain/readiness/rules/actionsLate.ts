import { inWords } from '../words';
import type { ReadinessRule } from '../types';

export const actionsLate: ReadinessRule = {
  id: 'actions-late',
  title: 'Actions en retard',
  source: { clause: '10.2', cites: 'ISO 9001 § 10.2.1 c et § 6.1.2 (mise en œuvre des actions)' },
  grade: 'sensible',
  check: (facts) =>
    facts.openActions
      .filter((a) => a.dueDate < facts.asOf)
      .map((a) => ({
        key: String(a.id),
        what: `${a.reference} « ${a.description} »${a.ownerName ? ` (${a.ownerName})` : ''} devait être faite le ${inWords(a.dueDate)} : réalisez-la ou replanifiez-la.`,
        evidence: `Échéance et état de ${a.reference} dans le plan d’actions.`,
        link: `/actions/${a.id}`,
      })),
};

import { inWords } from '../words';
import type { ReadinessRule } from '../types';

export const complaintUnanswered: ReadinessRule = {
  id: 'complaint-unanswered',
  title: 'Réclamations sans réponse à l’échéance',
  source: { clause: '9.1', cites: 'ISO 9001 § 9.1.2 et § 8.2.1 e ; Qualiopi indicateur 31', qualiopi: 31 },
  grade: 'mineure',
  check: (facts) =>
    facts.complaints
      .filter((c) => c.responseDue < facts.asOf && (c.respondedOn === null || c.respondedOn > facts.asOf))
      .map((c) => ({
        key: String(c.id),
        what: `${c.reference} « ${c.subject} » attend sa réponse depuis le ${inWords(c.responseDue)} : répondez et enregistrez la réponse.`,
        evidence: `Échéance et réponse de ${c.reference}.`,
        link: `/reclamations/${c.id}`,
      })),
};

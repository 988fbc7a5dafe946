import type { ReadinessRule } from '../types';

export const complaintNotAnalysed: ReadinessRule = {
  id: 'complaint-not-analysed',
  title: 'Réclamations répondues sans analyse',
  source: { clause: '9.1', cites: 'ISO 9001 § 9.1.3 et § 10.2.1 b ; Qualiopi indicateur 31', qualiopi: 31 },
  grade: 'sensible',
  check: (facts) =>
    facts.complaints
      .filter((c) => c.respondedOn !== null && c.respondedOn <= facts.asOf && (c.analysedOn === null || c.analysedOn > facts.asOf))
      .map((c) => ({
        key: String(c.id),
        what: `${c.reference} « ${c.subject} » a reçu sa réponse mais n’a pas été analysée (fondée ou non, cause) : enregistrez son analyse.`,
        evidence: `Analyse de ${c.reference}.`,
        link: `/reclamations/${c.id}`,
      })),
};

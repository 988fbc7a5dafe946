import { inWords } from '../words';
import type { ReadinessRule } from '../types';

export const habilitationExpired: ReadinessRule = {
  id: 'habilitation-expired',
  title: 'Habilitations expirées',
  source: { clause: '7.2', cites: 'ISO 9001 § 7.2 c et d (compétences, preuves conservées)', qualiopi: 21 },
  grade: 'mineure',
  check: (facts) =>
    facts.expiringTrainings
      .filter((t) => t.expiresOn < facts.asOf)
      .map((t) => ({
        key: String(t.id),
        what: `« ${t.title} » de ${t.personName} a expiré le ${inWords(t.expiresOn)} : planifiez son renouvellement.`,
        evidence: 'Formations réalisées avec une date d’expiration, la plus récente par personne et compétence.',
        link: `/formations/${t.id}`,
      })),
};

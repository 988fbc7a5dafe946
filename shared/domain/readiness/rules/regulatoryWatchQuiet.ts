import { monthsEndingOn } from '../../dates';
import { inWords } from '../words';
import type { ReadinessRule } from '../types';

/**
 * Qualiopi's indicator 23 asks for a legal and regulatory watch whose lessons are used; an auditor
 * expects to see it alive, at least one regulatory item noticed in the quarter before the audit.
 * Checked only when the certification follows Qualiopi's rules: an ISO 9001 scheme's auditor looks
 * at the watch through § 4.1 and § 4.2, which set no pace, and would not find this. In a Qualiopi
 * referential the finding sits under its indicator 23, else under § 4.1.
 */
export const regulatoryWatchQuiet: ReadinessRule = {
  id: 'regulatory-watch-quiet',
  title: 'Pas de veille réglementaire consignée au dernier trimestre',
  source: { clause: '4.1', cites: 'Qualiopi indicateur 23 (veille légale et réglementaire) ; ISO 9001 § 4.1 et § 4.2', qualiopi: 23 },
  grade: 'mineure',
  check: (facts) => {
    const { lastNoticedOn, sources } = facts.regulatoryWatch;
    if (!facts.qualiopi || (lastNoticedOn !== null && lastNoticedOn >= monthsEndingOn(facts.asOf, 3))) return [];
    return [
      {
        key: 'none',
        what:
          lastNoticedOn === null
            ? 'Aucune information de veille réglementaire n’est consignée : relevez ce que vos sources ont publié ces trois derniers mois, et son impact.'
            : `La dernière information de veille réglementaire a été relevée le ${inWords(lastNoticedOn)}, plus de trois mois avant l’audit : consignez ce que vos sources ont publié depuis, et son impact.`,
        evidence: `Informations de veille du domaine réglementaire et leur date ; sources réglementaires suivies (${sources}).`,
        link: '/veille',
      },
    ];
  },
};

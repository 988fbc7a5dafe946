import { csvDate, toCsv } from '../../../shared/domain/csv';
import { issueNatureLabels, registerStatusLabels } from '../../../shared/labels/issues';
import { partyRelevanceLabels } from '../../../shared/labels/parties';
import type { Party } from '../../../shared/schemas/parties';
import { csvFile } from '../issues/csv';

const header = [
  'Partie intéressée',
  'Nature',
  'Pertinence',
  'Besoins et attentes',
  'Réponse de la structure',
  'Processus',
  'Documents',
  'Indicateurs',
  'Exigences liées au climat',
  'Identifiée le',
  'Dernière revue',
  'Prochaine revue',
  'Revue en retard',
  'Statut',
];

const joined = (items: readonly { name: string }[]): string => items.map((item) => item.name).join(' ; ');

/** The interested parties register as a CSV file, named after the day it was drawn. */
export const partiesCsv = (parties: readonly Party[], today: string) =>
  csvFile(
    `Parties intéressées ${today}.csv`,
    toCsv(
      header,
      parties.map((party) => [
        party.name,
        issueNatureLabels.fr[party.nature],
        partyRelevanceLabels.fr[party.relevance],
        party.needs,
        party.response ?? '',
        joined(party.processes),
        joined(party.documents),
        joined(party.indicators),
        party.climate ?? '',
        csvDate(party.identifiedOn),
        csvDate(party.lastReviewedOn),
        csvDate(party.reviewDue),
        party.reviewLate ? 'Oui' : 'Non',
        registerStatusLabels.fr[party.status],
      ]),
    ),
  );

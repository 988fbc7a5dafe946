import { trainingYear } from '../../../shared/domain/competences';
import { csvDate, toCsv } from '../../../shared/domain/csv';
import type { Training } from '../../../shared/schemas/competences';
import { trainingResultLabels, trainingStateLabels } from '../../../shared/labels/competences';

const header = [
  'Année du plan',
  'Personne',
  'Formation',
  'Compétence',
  'Organisme',
  'État',
  'Prévue le',
  'Réalisée le',
  'Échéance (habilitation)',
  'Évaluation prévue le',
  'Évaluée le',
  'Résultat de l’évaluation',
];

/** The trainings as listed (the plan of a year when filtered so), as a CSV file for French Excel. */
export const trainingsCsv = (trainings: readonly Training[], today: string) => {
  const rows = trainings.map((t) => [
    String(trainingYear(t) ?? ''),
    t.personName,
    t.title,
    t.competenceName ?? '',
    t.providerName ?? '',
    trainingStateLabels.fr[t.state],
    csvDate(t.plannedOn),
    csvDate(t.doneOn),
    csvDate(t.expiresOn),
    csvDate(t.evaluationDue),
    csvDate(t.evaluatedOn),
    t.evaluationResult === null ? '' : trainingResultLabels.fr[t.evaluationResult],
  ]);
  const content = Buffer.from(toCsv(header, rows), 'utf8');
  return { fileName: `Formations ${today}.csv`, mediaType: 'text/csv; charset=utf-8', size: content.byteLength, content };
};

import { csvDate, toCsv } from '../../../shared/domain/csv';
import { surveyPopulationLabels, surveyStateLabels } from '../../../shared/labels/surveys';
import type { Survey } from '../../../shared/schemas/surveys';

const header = [
  'Campagne',
  'Population',
  'Ouverte le',
  'Close le',
  'Personnes interrogées',
  'Réponses',
  'Taux de satisfaction (%)',
  'État',
  'Analysée le',
];

/** The register of satisfaction surveys as a CSV file for French Excel. */
export const surveysCsv = (surveys: readonly Survey[], today: string) => {
  const rows = surveys.map((s) => [
    s.title,
    surveyPopulationLabels.fr[s.population],
    csvDate(s.opensOn),
    csvDate(s.closesOn),
    s.solicited === null ? '' : String(s.solicited),
    String(s.responses),
    s.rate === null ? '' : String(s.rate).replace('.', ','),
    surveyStateLabels.fr[s.state],
    csvDate(s.analysedOn),
  ]);
  const content = Buffer.from(toCsv(header, rows), 'utf8');
  return { fileName: `Enquêtes de satisfaction ${today}.csv`, mediaType: 'text/csv; charset=utf-8', size: content.byteLength, content };
};

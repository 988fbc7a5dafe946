import { csvDate, toCsv } from '../../../shared/domain/csv';
import { swotQuadrantOf } from '../../../shared/domain/issues';
import { issueEffectLabels, issueNatureLabels, registerStatusLabels, swotQuadrantLabels } from '../../../shared/labels/issues';
import type { Issue } from '../../../shared/schemas/issues';

const header = [
  'Enjeu',
  'Nature',
  'Effet',
  'SWOT',
  'Rubrique',
  'Source',
  'Identifié le',
  'Dernière revue',
  'Prochaine revue',
  'Revue en retard',
  'Statut',
  'Retiré le',
  'Motif du retrait',
  'Description',
];

/** A CSV file for French Excel, as every register of Sève writes it. */
export const csvFile = (fileName: string, content: string) => {
  const bytes = Buffer.from(content, 'utf8');
  return { fileName, mediaType: 'text/csv; charset=utf-8', size: bytes.byteLength, content: bytes };
};

/** The issues register as a CSV file, named after the day it was drawn. */
export const issuesCsv = (issues: readonly Issue[], today: string) =>
  csvFile(
    `Enjeux du contexte ${today}.csv`,
    toCsv(
      header,
      issues.map((issue) => [
        issue.title,
        issueNatureLabels.fr[issue.nature],
        issueEffectLabels.fr[issue.effect],
        swotQuadrantLabels.fr[swotQuadrantOf(issue)],
        issue.heading ?? '',
        issue.source ?? '',
        csvDate(issue.identifiedOn),
        csvDate(issue.lastReviewedOn),
        csvDate(issue.reviewDue),
        issue.reviewLate ? 'Oui' : 'Non',
        registerStatusLabels.fr[issue.status],
        csvDate(issue.retiredOn),
        issue.retireReason ?? '',
        issue.description ?? '',
      ]),
    ),
  );

import { packSectionTitles } from '../../../../shared/domain/pack';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { shortDate } from '../pdf/typography';
import { IN_SCOPE } from './scope';
import type { PackSection } from './types';

type ReviewRow = {
  reference: string;
  title: string;
  indice: string;
  plannedDate: string | null;
  reviewDate: string;
  reviewer: string;
  outcome: 'reconduit' | 'a_reviser';
  comment: string | null;
  draftIndice: string | null;
};

const outcomeLabel = (row: ReviewRow): string =>
  row.outcome === 'reconduit'
    ? 'Reconduit sans modification'
    : `À réviser${row.draftIndice ? ` (brouillon ${row.draftIndice} ouvert)` : ''}`;

/** Every periodic review of the documents in scope, newest first: planned against actual, who, what was decided. */
export const reviewsSection: PackSection<ReviewRow[]> = {
  id: 'reviews',
  title: packSectionTitles.reviews,
  collect: (ctx) =>
    ctx.db
      .prepare<[string], ReviewRow>(
        `SELECT d.reference, d.title, v.indice, r.planned_date AS plannedDate, r.review_date AS reviewDate, p.name AS reviewer,
           r.outcome, r.comment, dv.indice AS draftIndice
         FROM document_reviews r
         JOIN documents d ON d.id = r.document_id
         JOIN document_versions v ON v.id = r.version_id
         JOIN people p ON p.id = r.reviewer_id
         LEFT JOIN document_versions dv ON dv.id = r.draft_version_id
         WHERE r.document_id IN (${IN_SCOPE}) AND r.review_date <= ?
         ORDER BY r.review_date DESC, d.reference, r.id DESC`,
      )
      .all(ctx.date),
  render: (b, rows) => {
    b.heading(1, packSectionTitles.reviews, 'reviews');
    b.paragraph(
      'Revues périodiques des documents du périmètre, de la plus récente à la plus ancienne : date prévue, date réelle, décision.',
      {
        color: theme.color.muted,
        size: theme.size.small + 0.5,
      },
    );
    const table = beginTable(b, [
      { header: 'Revue le', share: 50, prose: false },
      { header: 'Prévue le', share: 50, prose: false },
      { header: 'Document', share: 144 },
      { header: 'Indice', share: 36, prose: false },
      { header: 'Revu par', share: 70 },
      { header: 'Décision et commentaire', share: 156 },
    ]);
    if (rows.length === 0) table.note('Aucune revue documentaire enregistrée pour ce périmètre.');
    for (const row of rows) {
      const late = row.plannedDate !== null && row.reviewDate > row.plannedDate;
      table.row([
        shortDate(row.reviewDate),
        late ? { text: `${shortDate(row.plannedDate)}\n(revue tardive)`, color: theme.color.warn } : shortDate(row.plannedDate),
        `${row.reference} — ${row.title}`,
        row.indice,
        row.reviewer,
        row.comment ? `${outcomeLabel(row)}. ${row.comment}` : outcomeLabel(row),
      ]);
    }
    table.end();
  },
};

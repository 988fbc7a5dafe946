import { packSectionTitles } from '../../../../shared/domain/pack';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, shortDate } from '../pdf/typography';
import { referenceList } from './coverageClauses';
import { IN_SCOPE, typeOrder } from './scope';
import type { PackContext, PackSection } from './types';

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

type ReadRow = {
  reference: string;
  title: string;
  indice: string;
  effectiveDate: string;
  readers: string | null;
  count: number;
  last: string | null;
};

/** Who read each version in force of the scope (émargement), by the pack's date. */
const collectReads = (ctx: PackContext): ReadRow[] =>
  ctx.db
    .prepare<{ date: string }, ReadRow>(
      `SELECT d.reference, d.title, v.indice, v.effective_date AS effectiveDate,
         (SELECT group_concat(name, ', ') FROM (SELECT p.name FROM version_reads r JOIN people p ON p.id = r.person_id
            WHERE r.version_id = v.id AND r.read_on <= @date ORDER BY p.name COLLATE NOCASE)) AS readers,
         (SELECT count(*) FROM version_reads r WHERE r.version_id = v.id AND r.read_on <= @date) AS count,
         (SELECT max(r.read_on) FROM version_reads r WHERE r.version_id = v.id AND r.read_on <= @date) AS last
       FROM documents d JOIN document_versions v ON v.document_id = d.id AND v.status = 'en_vigueur'
       WHERE d.id IN (${IN_SCOPE})
       ORDER BY ${typeOrder}, d.reference`,
    )
    .all({ date: ctx.date });

type ReviewsData = { reviews: ReviewRow[]; reads: ReadRow[] };

/** Every periodic review of the documents in scope, newest first: planned against actual, who, what was decided; then who read each version in force. */
export const reviewsSection: PackSection<ReviewsData> = {
  id: 'reviews',
  title: packSectionTitles.reviews,
  collect: (ctx) => ({
    reads: collectReads(ctx),
    reviews: ctx.db
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
  }),
  render: (b, { reviews: rows, reads }) => {
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
    b.heading(2, 'Émargements des versions en vigueur', 'reviews-reads');
    b.paragraph('Qui a lu chaque version en vigueur du périmètre (feuilles d’émargement), à la date du dossier.', {
      color: theme.color.muted,
      size: theme.size.small + 0.5,
    });
    const read = reads.filter((row) => row.count > 0);
    const unread = reads.filter((row) => row.count === 0);
    const readsTable = beginTable(b, [
      { header: 'Document', share: 150 },
      { header: 'Indice, en vigueur le', share: 62, prose: false },
      { header: 'Lu par', share: 200 },
      { header: 'Lectures, dernière le', share: 70, prose: false },
    ]);
    if (read.length === 0) readsTable.note('Aucun émargement enregistré pour les versions en vigueur de ce périmètre.');
    for (const row of read) {
      readsTable.row([
        `${row.reference} — ${row.title}`,
        `${row.indice}\n${shortDate(row.effectiveDate)}`,
        row.readers ?? '',
        `${integer(row.count)}\n${shortDate(row.last)}`,
      ]);
    }
    readsTable.end();
    // A register of thousands of documents would print a row each to say nothing: they are named in one paragraph.
    if (unread.length > 0) {
      b.paragraph(
        `${integer(unread.length)} version(s) en vigueur sans émargement enregistré : ${referenceList(
          unread.map((row) => row.reference),
          30,
        )}.`,
        { color: theme.color.muted, size: theme.size.small + 0.5 },
      );
    }
  },
};

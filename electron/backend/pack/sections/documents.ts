import { documentTypeLabels } from '../../../../shared/labels/documents';
import type { DocumentType } from '../../../../shared/domain/documents';
import { packSectionTitles } from '../../../../shared/domain/pack';
import { reviewState, type ReviewState } from '../../../../shared/domain/review';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { shortDate } from '../pdf/typography';
import { IN_SCOPE, typeOrder } from './scope';
import type { PackContext, PackSection } from './types';

export type RegisterRow = {
  id: number;
  reference: string;
  title: string;
  type: DocumentType;
  processName: string | null;
  indice: string;
  effectiveDate: string;
  ownerName: string | null;
  approvedBy: string | null;
  approvedOn: string | null;
  lastReview: string | null;
  nextReview: string | null;
  /** Against the pack's date, worked out once when the data is read. */
  reviewState: ReviewState;
};

/** Documents in force within the scope, with their version in force and its approval. */
export const collectRegister = (ctx: PackContext): RegisterRow[] =>
  ctx.db
    .prepare<[], Omit<RegisterRow, 'reviewState'>>(
      `SELECT d.id, d.reference, d.title, d.type, p.name AS processName, v.indice, v.effective_date AS effectiveDate,
         o.name AS ownerName, a.name AS approvedBy, v.approved_on AS approvedOn,
         d.last_review_date AS lastReview, d.next_review_due AS nextReview
       FROM documents d
       JOIN document_versions v ON v.document_id = d.id AND v.status = 'en_vigueur'
       LEFT JOIN processes p ON p.id = d.process_id
       LEFT JOIN people o ON o.id = d.owner_id
       LEFT JOIN people a ON a.id = v.approved_by
       WHERE d.id IN (${IN_SCOPE})
       ORDER BY ${typeOrder}, d.reference`,
    )
    .all()
    .map((row) => ({ ...row, reviewState: reviewState('en_vigueur', row.nextReview, ctx.date) }));

export const documentsSection: PackSection<{ rows: RegisterRow[]; date: string }> = {
  id: 'documents',
  title: packSectionTitles.documents,
  collect: (ctx) => ({ rows: collectRegister(ctx), date: ctx.date }),
  render: (b, { rows, date }) => {
    b.heading(1, packSectionTitles.documents, 'documents');
    b.paragraph(
      `Documents en vigueur au ${shortDate(date)} dans le périmètre du dossier, avec la version applicable, son approbation et leur cycle de revue. Une prochaine revue dépassée à cette date est signalée « en retard ».`,
      { color: theme.color.muted, size: theme.size.small + 0.5 },
    );
    const table = beginTable(b, [
      { header: 'Référence', share: 52, prose: false, style: 'bold' },
      { header: 'Titre', share: 118 },
      { header: 'Indice', share: 36, prose: false },
      { header: 'Applicable le', share: 52, prose: false },
      { header: 'Responsable', share: 64 },
      { header: 'Approuvé par, le', share: 76 },
      { header: 'Dernière revue', share: 50, prose: false },
      { header: 'Prochaine revue', share: 56, prose: false },
    ]);
    if (rows.length === 0) table.note('Aucun document en vigueur dans ce périmètre.');
    for (const row of rows) {
      const late = row.reviewState === 'overdue';
      table.row([
        row.reference,
        `${row.title}\n${documentTypeLabels.fr[row.type]}${row.processName ? ` · ${row.processName}` : ''}`,
        row.indice,
        shortDate(row.effectiveDate),
        row.ownerName ?? '—',
        row.approvedBy ? `${row.approvedBy}, ${shortDate(row.approvedOn)}` : 'non renseigné',
        shortDate(row.lastReview),
        late
          ? { text: `${shortDate(row.nextReview)}\nen retard`, color: theme.color.gap, style: 'bold', fill: theme.color.gapLight }
          : row.nextReview === null
            ? { text: 'non planifiée', color: theme.color.warn }
            : shortDate(row.nextReview),
      ]);
    }
    table.end();
  },
};

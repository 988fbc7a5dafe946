import { packSectionTitles } from '../../../../shared/domain/pack';
import { daysLate } from '../../../../shared/domain/review';
import { barChart, donutChart, keyFigures } from '../pdf/chart';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, percent, shortDate } from '../pdf/typography';
import { collectCoverage, coverageFigures, coverageSentence, type CoverageFigures } from './coverage';
import { documentTypeLabels } from '../../../../shared/labels/documents';
import { collectRegister, type RegisterRow } from './documents';
import { collectAuditFigures, renderAuditFigures, type AuditFigures } from './summaryAudits';
import { collectChanges, renderChanges, type Changes } from './summaryChanges';
import { collectLoopSummary, renderLoopSummary, type LoopSummary } from './summaryLoop';
import type { PackSection } from './types';

type SummaryData = {
  date: string;
  scopeLabel: string;
  register: RegisterRow[];
  coverage: CoverageFigures | null;
  changes: Changes;
  audits: AuditFigures;
  loop: LoopSummary;
};

const countBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

/**
 * Where the structure stands on the pack's date and what changed since the certification body's
 * last audit: documents in force and their reviews, what answers the referential (never called an
 * « écart »), the changes, then the audits', nonconformities' and réclamations' key figures.
 */
export const summarySection: PackSection<SummaryData> = {
  id: 'summary',
  title: packSectionTitles.summary,
  collect: (ctx) => ({
    date: ctx.date,
    scopeLabel: ctx.scopeLabel,
    register: collectRegister(ctx),
    coverage: ctx.referential ? coverageFigures(collectCoverage(ctx)) : null,
    changes: collectChanges(ctx),
    audits: collectAuditFigures(ctx),
    loop: collectLoopSummary(ctx),
  }),
  render: (b, data) => {
    b.heading(1, packSectionTitles.summary, 'summary');
    b.paragraph(`Situation au ${shortDate(data.date)}. Périmètre : ${data.scopeLabel}.`, { color: theme.color.muted });
    const states = countBy(data.register, (row) => row.reviewState);
    const onTime = (states.get('on_time') ?? 0) + (states.get('due_soon') ?? 0);
    const overdue = states.get('overdue') ?? 0;
    const total = data.register.length;
    keyFigures(b, [
      { value: integer(total), label: 'documents en vigueur' },
      {
        value: total === 0 ? '—' : percent(onTime / total),
        label: 'revus dans les délais',
        color: overdue > 0 ? theme.color.warn : theme.color.ok,
      },
      { value: integer(overdue), label: 'revues en retard', color: overdue > 0 ? theme.color.gap : theme.color.ok },
      data.coverage
        ? {
            value: `${integer(data.coverage.evidenced)} / ${integer(data.coverage.leaves)}`,
            label: 'exigences applicables étayées par un document ou un enregistrement',
            color: theme.color.accent,
          }
        : { value: '—', label: 'couverture : aucun référentiel choisi', color: theme.color.neutral },
      ...(data.coverage
        ? [
            {
              value: integer(data.coverage.missingRequired),
              label: 'information(s) documentée(s) requise(s) sans élément lié',
              color: data.coverage.missingRequired > 0 ? theme.color.warn : theme.color.ok,
            },
          ]
        : []),
    ]);
    if (data.coverage)
      b.paragraph(`Couverture du référentiel : ${coverageSentence(data.coverage)} Détail en annexe A.`, {
        color: theme.color.muted,
        size: theme.size.small + 0.5,
      });
    renderChanges(b, data.changes);
    b.heading(2, 'Revues documentaires', 'summary-reviews');
    donutChart(
      b,
      [
        { label: 'À jour', value: states.get('on_time') ?? 0, color: theme.color.ok },
        { label: 'À revoir sous 30 jours', value: states.get('due_soon') ?? 0, color: '#d39b2a' },
        { label: 'En retard', value: overdue, color: theme.color.gap },
        { label: 'Revue non planifiée', value: states.get('not_scheduled') ?? 0, color: theme.color.neutral },
      ],
      'État des revues des documents en vigueur',
    );
    const byType = countBy(data.register, (row) => row.type);
    if (byType.size > 0) {
      b.heading(2, 'Documents en vigueur par nature', 'summary-types');
      barChart(
        b,
        Object.entries(documentTypeLabels.fr)
          .filter(([type]) => byType.has(type))
          .map(([type, label]) => ({ label, value: byType.get(type) ?? 0 })),
        'Documents en vigueur par nature',
      );
    }
    b.heading(2, 'Revues en retard', 'summary-overdue');
    const late = data.register
      .filter((row) => row.reviewState === 'overdue')
      .sort((a, z) => (a.nextReview ?? '').localeCompare(z.nextReview ?? ''));
    const table = beginTable(b, [
      { header: 'Référence', share: 60, prose: false, style: 'bold' },
      { header: 'Titre', share: 230 },
      { header: 'Responsable', share: 90 },
      { header: 'Revue due le', share: 60, prose: false },
      { header: 'Retard', share: 50, prose: false, align: 'right' },
    ]);
    if (late.length === 0) table.note('Aucune revue en retard à cette date.', theme.color.ok);
    for (const row of late) {
      const days = daysLate(row.nextReview ?? data.date, data.date);
      table.row([
        row.reference,
        row.title,
        row.ownerName ?? '—',
        shortDate(row.nextReview),
        { text: `${integer(days)} j`, color: theme.color.gap },
      ]);
    }
    table.end();
    renderAuditFigures(b, data.audits);
    renderLoopSummary(b, data.loop);
  },
};

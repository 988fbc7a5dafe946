import { nonconformitySeverityLabels, nonconformityStatusLabels } from '../../../../shared/labels/nonconformities';
import {
  nonconformitySeverities,
  nonconformityStatuses,
  type NonconformitySeverity,
  type NonconformityStatus,
} from '../../../../shared/domain/nonconformities';
import type { Builder } from '../pdf/builder';
import { keyFigures } from '../pdf/chart';
import { stackedBarChart } from '../pdf/stackedBarChart';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, shortDate } from '../pdf/typography';
import { capitalised, days } from '../records/loopLabels';
import { collectComplaints, complaintFigures } from './complaints';
import { actionOpenOnSql } from '../../actions/dated';
import { nonconformityStatusesOn } from '../../nonconformities/on-date';
import { ACTION_JOINS, loopScope, type LoopScope } from './loopScope';
import type { PackContext } from './types';

type Count = { severity: NonconformitySeverity; status: NonconformityStatus; count: number };

export type LoopSummary = {
  date: string;
  from: string;
  nonconformities: Count[];
  actions: { open: number; overdue: number };
  complaints: ReturnType<typeof complaintFigures>;
};

// Each state its colour, from "to do" (red) to "closed" (green); the counts are also written in words.
const stateColors: Record<NonconformityStatus, string> = {
  a_traiter: theme.color.gap,
  en_analyse: '#d39b2a',
  actions_en_cours: '#3d7ab8',
  verification: '#7a5ba8',
  close: theme.color.ok,
};

/**
 * The improvement loop's key figures for the summary: nonconformities by severity and state, open
 * and overdue actions, réclamations and their response time, on the pack's date and within its scope.
 */
export const collectLoopSummary = (ctx: PackContext): LoopSummary => {
  const scope = loopScope(ctx);
  // Each nonconformity in the state its own dates give it on the pack's date, as the register and the review read it.
  const detected = ctx.db
    .prepare<LoopScope['params'], { id: number; severity: NonconformitySeverity }>(
      `SELECT n.id, n.severity FROM nonconformities n WHERE n.detected_on <= @date AND ${scope.nonconformity}`,
    )
    .all(scope.params);
  const statuses = nonconformityStatusesOn(
    ctx.db,
    detected.map((nc) => nc.id),
    ctx.date,
  );
  const counts = new Map<string, Count>();
  for (const nc of detected) {
    const status = statuses.get(nc.id) ?? 'a_traiter';
    const key = `${nc.severity}/${status}`;
    const entry = counts.get(key) ?? { severity: nc.severity, status, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const nonconformities = [...counts.values()];
  const actions = ctx.db
    .prepare<LoopScope['params'], { open: number; overdue: number }>(
      `SELECT count(*) AS open, coalesce(sum(x.due_date < @date), 0) AS overdue FROM actions x ${ACTION_JOINS}
       WHERE ${actionOpenOnSql('x', '@date')} AND ${scope.action}`,
    )
    .get(scope.params) ?? { open: 0, overdue: 0 };
  return {
    ...scope.params,
    nonconformities,
    actions,
    complaints: complaintFigures(collectComplaints(ctx, scope).complaints),
  };
};

/** Key figures, then nonconformities by severity and state as stacked bars with the same counts in a table. */
export const renderLoopSummary = (b: Builder, data: LoopSummary): void => {
  const count = (severity: NonconformitySeverity, status: NonconformityStatus): number =>
    data.nonconformities.find((c) => c.severity === severity && c.status === status)?.count ?? 0;
  const open = data.nonconformities.filter((c) => c.status !== 'close');
  const openCount = open.reduce((sum, c) => sum + c.count, 0);
  const openMajor = open.filter((c) => c.severity === 'majeure').reduce((sum, c) => sum + c.count, 0);
  b.heading(2, 'Non-conformités, actions et réclamations', 'summary-loop');
  keyFigures(b, [
    {
      value: integer(openCount),
      label: `non-conformité(s) ouverte(s), dont ${integer(openMajor)} majeure(s)`,
      color: openMajor > 0 ? theme.color.gap : openCount > 0 ? theme.color.warn : theme.color.ok,
    },
    {
      value: integer(data.actions.overdue),
      label: `action(s) en retard sur ${integer(data.actions.open)} ouverte(s)`,
      color: data.actions.overdue > 0 ? theme.color.gap : theme.color.ok,
    },
    { value: integer(data.complaints.count), label: `réclamation(s) depuis le ${shortDate(data.from)}` },
    {
      value: data.complaints.times ? days(data.complaints.times.average) : '—',
      label: `délai moyen de réponse (${integer(data.complaints.late)} en retard)`,
      color: data.complaints.late > 0 ? theme.color.warn : theme.color.accent,
    },
  ]);
  const title = 'Non-conformités par gravité et par état';
  if (data.nonconformities.every((c) => c.count === 0)) {
    b.paragraph('Aucune non-conformité détectée jusqu’à cette date.', { color: theme.color.muted });
    return;
  }
  // The title stays with its chart (legend, three bars, axis) rather than alone at a page's foot.
  b.ensure(theme.size.body * 3 + 140);
  b.paragraph(title, { style: 'bold', color: theme.color.accent });
  const series = nonconformityStatuses.map((status) => ({
    label: capitalised(nonconformityStatusLabels.fr[status]),
    color: stateColors[status],
  }));
  stackedBarChart(
    b,
    series,
    nonconformitySeverities.map((severity) => ({
      label: capitalised(nonconformitySeverityLabels.fr[severity]),
      counts: nonconformityStatuses.map((status) => count(severity, status)),
    })),
    title,
  );
  const table = beginTable(b, [
    { header: 'Gravité', share: 70, style: 'bold' },
    ...series.map((s) => ({ header: s.label, share: 56, prose: false, align: 'right' as const })),
    { header: 'Total', share: 44, prose: false, align: 'right', style: 'bold' },
  ]);
  for (const severity of nonconformitySeverities) {
    const counts = nonconformityStatuses.map((status) => count(severity, status));
    table.row([
      capitalised(nonconformitySeverityLabels.fr[severity]),
      ...counts.map((n) => integer(n)),
      integer(counts.reduce((sum, n) => sum + n, 0)),
    ]);
  }
  table.end();
};

import { auditTypeFullLabels } from '../../../../shared/labels/audits';
import { subMonths } from 'date-fns';
import { internalAuditTypes, isExternalAudit, isHeldAudit } from '../../../../shared/domain/audits';
import { fromCalendarDate, toCalendarDate } from '../../../../shared/domain/dates';
import type { Audit } from '../../../../shared/schemas/audits';
import type { Builder } from '../pdf/builder';
import { barChart, keyFigures, type Bar } from '../pdf/chart';
import { theme } from '../pdf/theme';
import { integer, shortDate } from '../pdf/typography';
import { gradeBars } from '../records/auditReportBody';
import { packAudits } from './auditData';
import type { PackContext } from './types';

type Tally = { planned: number; done: number; late: number };

export type AuditFigures = {
  cycle: Tally & { from: string; to: string };
  lastYear: Tally;
  /** The certification body's last audit held up to the pack's date, with its findings counted by grade. */
  lastExternal: { audit: Audit; nonconformities: number; bars: Bar[] } | null;
};

const tally = (audits: readonly Audit[], date: string): Tally => ({
  planned: audits.length,
  done: audits.filter((audit) => isHeldAudit(audit.status) && audit.startDate <= date).length,
  late: audits.filter((audit) => !isHeldAudit(audit.status) && audit.endDate < date).length,
});

/** Internal audits held against planned (in the cycle, over the last twelve months) and the last external audit's findings. */
export const collectAuditFigures = (ctx: PackContext): AuditFigures => {
  const audits = packAudits(ctx);
  const internal = audits.audits.filter((audit) => internalAuditTypes.includes(audit.type));
  const yearAgo = toCalendarDate(subMonths(fromCalendarDate(ctx.date), 12));
  const { from, to } = audits.cycle;
  const external = audits.audits.find((audit) => isExternalAudit(audit.type) && isHeldAudit(audit.status) && audit.startDate <= ctx.date);
  let lastExternal: AuditFigures['lastExternal'] = null;
  if (external) {
    const report = audits.reader.report(external, audits.keep);
    lastExternal = {
      audit: external,
      nonconformities: report.findings.filter((finding) => finding.grade.ncSeverity !== null).length,
      bars: gradeBars(report),
    };
  }
  return {
    cycle: {
      from,
      to,
      ...tally(
        internal.filter((audit) => audit.startDate >= from && audit.startDate <= to),
        ctx.date,
      ),
    },
    lastYear: tally(
      internal.filter((audit) => audit.startDate > yearAgo && audit.startDate <= ctx.date),
      ctx.date,
    ),
    lastExternal,
  };
};

/** "2 / 5 audits internes réalisés sur ceux prévus dans le cycle"; none planned is a gap (ISO 9001 §9.2). */
const heldFigure = (t: Tally, when: string) =>
  t.planned === 0
    ? { value: '0', label: `aucun audit interne prévu ${when}`, color: theme.color.gap }
    : {
        value: `${integer(t.done)} / ${integer(t.planned)}`,
        label: `audits internes réalisés sur ceux prévus ${when}${t.late > 0 ? `, dont ${integer(t.late)} en retard` : ''}`,
        color: t.late > 0 ? theme.color.warn : theme.color.ok,
      };

/** The summary's audits block: its own heading, three key figures, the last external audit's findings by grade. */
export const renderAuditFigures = (b: Builder, figures: AuditFigures): void => {
  b.heading(2, 'Audits', 'summary-audits');
  const external = figures.lastExternal;
  keyFigures(b, [
    heldFigure(figures.cycle, `dans le cycle (${shortDate(figures.cycle.from)} – ${shortDate(figures.cycle.to)})`),
    heldFigure(figures.lastYear, 'ces 12 derniers mois'),
    external
      ? {
          value: integer(external.nonconformities),
          label: `NC au dernier audit de l’organisme certificateur (${external.audit.reference}, ${shortDate(external.audit.startDate)})`,
          color: external.nonconformities > 0 ? theme.color.gap : theme.color.ok,
        }
      : { value: '—', label: 'aucun audit de l’organisme certificateur à cette date', color: theme.color.neutral },
  ]);
  if (external) {
    b.paragraph(
      `Constats du dernier audit de l’organisme certificateur, ${external.audit.reference} (${auditTypeFullLabels.fr[external.audit.type].toLowerCase()} du ${shortDate(external.audit.startDate)}), par cotation :`,
      { size: theme.size.small + 0.5, color: theme.color.muted },
    );
    barChart(
      b,
      external.bars,
      `Constats du dernier audit de l’organisme certificateur, ${external.audit.reference} (${auditTypeFullLabels.fr[external.audit.type].toLowerCase()} du ${shortDate(external.audit.startDate)}), par cotation`,
    );
  }
};

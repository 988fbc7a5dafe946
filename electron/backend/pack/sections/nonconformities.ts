import { nonconformitySeverityLabels } from '../../../../shared/labels/nonconformities';
import { packSectionTitles } from '../../../../shared/domain/pack';
import type { Nonconformity } from '../../../../shared/schemas/nonconformities';
import { createLoopContext } from '../../nonconformities/context';
import { nonconformityStatusesOn } from '../../nonconformities/on-date';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, longDate, shortDate } from '../pdf/typography';
import { capitalised } from '../records/loopLabels';
import { excerpt, ncOrigin, ncStatusText, renderNonconformity } from '../records/nonconformityBlock';
import { collectActionPlan, renderActionPlan, type ActionPlan } from './actionPlan';
import { loopScope, type LoopScope } from './loopScope';
import type { PackContext, PackSection } from './types';
import { readingOnly } from '../../identity/author';

type NonconformitiesData = {
  date: string;
  scopeLabel: string;
  ids: number[];
  open: number;
  /** One nonconformity whole, read when it is drawn: only one is in memory at a time. */
  read: (id: number) => Nonconformity;
  plan: ActionPlan;
};

/**
 * The nonconformities of the scope detected by the pack's date, each read whole through the
 * register's own reading (the fiche the screens show) when it is drawn, with its status and
 * lateness judged on the pack's date.
 */
export const nonconformitiesReader = (ctx: PackContext, scope: LoopScope): Pick<NonconformitiesData, 'ids' | 'open' | 'read'> => {
  const ids = ctx.db
    .prepare<LoopScope['params'], number>(
      `SELECT n.id FROM nonconformities n WHERE n.detected_on <= @date AND ${scope.nonconformity} ORDER BY n.detected_on, n.id`,
    )
    .pluck()
    .all(scope.params);
  const loop = createLoopContext({ db: ctx.db, author: readingOnly, now: () => new Date(`${ctx.date}T12:00:00Z`) });
  const statuses = nonconformityStatusesOn(ctx.db, ids, ctx.date);
  const read = (id: number): Nonconformity => {
    const nc = loop.detail(id);
    return { ...nc, status: statuses.get(id) ?? nc.status };
  };
  const open = ids.filter((id) => statuses.get(id) !== 'close').length;
  return { ids, open, read };
};

/** ISO 9001 § 10.2: the register, each nonconformity from detection to its effectiveness check, then the action plan. */
export const nonconformitiesSection: PackSection<NonconformitiesData> = {
  id: 'nonconformities',
  title: packSectionTitles.nonconformities,
  collect: (ctx) => {
    const scope = loopScope(ctx);
    return {
      date: ctx.date,
      scopeLabel: ctx.scopeLabel,
      ...nonconformitiesReader(ctx, scope),
      plan: collectActionPlan(ctx, scope),
    };
  },
  render: async (b, data, env) => {
    b.heading(1, packSectionTitles.nonconformities, 'nonconformities');
    b.paragraph(
      `Non-conformités détectées jusqu’au ${longDate(data.date)} (périmètre : ${data.scopeLabel}) : ${integer(data.ids.length)}, dont ${integer(data.open)} ouverte(s) à cette date. Pour chacune : son origine, la correction, l’analyse des causes, les actions et la vérification de leur efficacité (ISO 9001 § 10.2). Puis le plan d’actions.`,
      { color: theme.color.muted, size: theme.size.small + 0.5 },
    );
    b.heading(2, 'Registre des non-conformités', 'nonconformities-register');
    const table = beginTable(b, [
      { header: 'Référence', share: 60, prose: false, style: 'bold' },
      { header: 'Détectée le', share: 50, prose: false },
      { header: 'Origine', share: 115 },
      { header: 'Processus', share: 80 },
      { header: 'Gravité', share: 54 },
      { header: 'Statut', share: 76 },
      { header: 'Close le', share: 60, prose: false },
    ]);
    if (data.ids.length === 0) table.note('Aucune non-conformité sur la période.');
    for (const id of data.ids) {
      const nc = data.read(id);
      table.row([
        nc.reference,
        shortDate(nc.detectedOn),
        ncOrigin(nc),
        nc.processName ?? '—',
        nc.severity === 'majeure'
          ? { text: capitalised(nonconformitySeverityLabels.fr[nc.severity]), style: 'bold', color: theme.color.gap }
          : capitalised(nonconformitySeverityLabels.fr[nc.severity]),
        capitalised(ncStatusText({ status: nc.status, closedOn: null })),
        shortDate(nc.status === 'close' ? nc.closedOn : null),
      ]);
    }
    table.end();
    for (const id of data.ids) {
      await env.pause();
      const nc = data.read(id);
      b.heading(2, `${nc.reference} — ${excerpt(nc.description)}`, `nc-${nc.id}`);
      renderNonconformity(b, nc, data.date);
    }
    b.heading(2, 'Plan d’actions', 'nonconformities-plan');
    renderActionPlan(b, data.plan);
  },
};

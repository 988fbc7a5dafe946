import { actionStatusOn, type ActionStatus } from '../../../../shared/domain/actions';
import { twelveMonthsEndingOn } from '../../../../shared/domain/dates';
import type { WatchDecision, WatchDomain, WatchFrequency, WatchImpact } from '../../../../shared/domain/watch';
import { actionStatusLabels } from '../../../../shared/labels/actions';
import { watchDecisionLabels, watchDomainLabels, watchFrequencyLabels, watchImpactLabels } from '../../../../shared/labels/watch';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { shortDate } from '../pdf/typography';
import type { ContextPart, PackContext } from './types';

type SourceLine = {
  name: string;
  domain: WatchDomain;
  frequency: WatchFrequency;
  url: string | null;
  owner: string | null;
  lastConsultedOn: string | null;
};

type ItemLine = {
  id: number;
  reference: string;
  noticedOn: string;
  title: string;
  summary: string;
  source: string | null;
  domain: WatchDomain;
  analysis: string | null;
  impact: WatchImpact | null;
  decision: WatchDecision | null;
  decidedOn: string | null;
  informedOn: string | null;
  informed: string | null;
};

type ActionLine = {
  watch_item_id: number;
  reference: string;
  status: ActionStatus;
  opened_on: string;
  due_date: string;
  done_on: string | null;
  abandoned_on: string | null;
};

type WatchData = { date: string; from: string; sources: SourceLine[]; items: (ItemLine & { actions: string[] })[] };

/**
 * The watch as it stood on the pack's date: the sources followed then (and their last consultation by
 * then), the items noticed in the 12 months up to it, with their analysis, decision and information
 * if given by then, and their actions in the state they were in.
 */
const collectWatch = (ctx: PackContext): WatchData => {
  const params = { date: ctx.date, from: twelveMonthsEndingOn(ctx.date) };
  const sources = ctx.db
    .prepare<typeof params, SourceLine>(
      `SELECT s.name, s.domain, s.frequency, s.url, o.name AS owner,
         CASE WHEN s.last_consulted_on <= @date THEN s.last_consulted_on END AS lastConsultedOn
       FROM watch_sources s LEFT JOIN people o ON o.id = s.owner_id
       WHERE s.active = 1 AND s.followed_since <= @date ORDER BY s.domain, s.name COLLATE NOCASE`,
    )
    .all(params);
  const items = ctx.db
    .prepare<typeof params, ItemLine>(
      `SELECT i.id, i.reference, i.noticed_on AS noticedOn, i.title, i.summary, s.name AS source, i.domain,
         CASE WHEN i.decided_on <= @date THEN i.analysis END AS analysis, CASE WHEN i.decided_on <= @date THEN i.impact END AS impact,
         CASE WHEN i.decided_on <= @date THEN i.decision END AS decision, CASE WHEN i.decided_on <= @date THEN i.decided_on END AS decidedOn,
         CASE WHEN i.informed_on <= @date THEN i.informed_on END AS informedOn,
         CASE WHEN i.informed_on <= @date THEN (SELECT group_concat(name, ', ') FROM (
           SELECT p.name FROM watch_item_recipients r JOIN people p ON p.id = r.person_id WHERE r.item_id = i.id
           UNION ALL SELECT i.informed_others WHERE i.informed_others IS NOT NULL)) END AS informed
       FROM watch_items i LEFT JOIN watch_sources s ON s.id = i.source_id
       WHERE i.noticed_on BETWEEN @from AND @date ORDER BY i.noticed_on, i.id`,
    )
    .all(params);
  const actions = ctx.db
    .prepare<typeof params, ActionLine>(
      `SELECT watch_item_id, reference, status, opened_on, due_date, done_on, abandoned_on FROM actions
       WHERE watch_item_id IS NOT NULL AND opened_on <= @date ORDER BY reference`,
    )
    .all(params);
  return {
    ...params,
    sources,
    items: items.map((item) => ({
      ...item,
      actions: actions
        .filter((action) => action.watch_item_id === item.id)
        .map((action) => {
          const status = actionStatusOn(
            {
              status: action.status,
              openedOn: action.opened_on,
              dueDate: action.due_date,
              doneOn: action.done_on,
              abandonedOn: action.abandoned_on,
            },
            ctx.date,
          );
          return `${action.reference} : ${actionStatusLabels.fr[status].toLocaleLowerCase('fr-FR')}`;
        }),
    })),
  };
};

/** The regulatory and sector watch (Qualiopi indicators 23 to 25): sources followed, then what was noticed and done about it. */
export const watchPart: ContextPart = (ctx) => {
  const data = collectWatch(ctx);
  return {
    id: 'watch',
    title: 'Veille réglementaire et sectorielle',
    render: (b) => {
      b.paragraph(
        `Sources suivies au ${shortDate(data.date)} et informations relevées du ${shortDate(data.from)} au ${shortDate(data.date)}, avec leur analyse d’impact, la décision prise, ses actions et les personnes informées.`,
        { color: theme.color.muted, size: theme.size.small + 0.5 },
      );
      const sources = beginTable(
        b,
        [
          { header: 'Source', share: 150 },
          { header: 'Domaine', share: 90 },
          { header: 'Fréquence', share: 70 },
          { header: 'Responsable', share: 80 },
          { header: 'Dernière consultation', share: 70, prose: false },
        ],
        { caption: { title: 'Sources suivies' } },
      );
      if (data.sources.length === 0) sources.note('Aucune source de veille suivie à cette date.');
      for (const source of data.sources) {
        sources.row([
          source.url ? `${source.name}\n${source.url}` : source.name,
          watchDomainLabels.fr[source.domain],
          watchFrequencyLabels.fr[source.frequency],
          source.owner ?? '—',
          source.lastConsultedOn ? shortDate(source.lastConsultedOn) : '—',
        ]);
      }
      sources.end();
      const items = beginTable(
        b,
        [
          { header: 'Réf.', share: 58, prose: false, style: 'bold' },
          { header: 'Information relevée', share: 140 },
          { header: 'Analyse d’impact', share: 120 },
          { header: 'Décision et actions', share: 100 },
          { header: 'Personnes informées', share: 72 },
        ],
        { caption: { title: 'Informations relevées' } },
      );
      if (data.items.length === 0) items.note('Aucune information relevée sur la période.');
      for (const item of data.items) {
        items.row([
          `${item.reference}\n${shortDate(item.noticedOn)}`,
          `${item.title}\n${item.summary}${item.source ? `\nSource : ${item.source}` : ''}`,
          item.analysis === null || item.impact === null
            ? { text: 'À analyser', color: theme.color.warn }
            : `${watchImpactLabels.fr[item.impact]}\n${item.analysis}`,
          item.decision === null
            ? '—'
            : [`${watchDecisionLabels.fr[item.decision]} (${shortDate(item.decidedOn)})`, ...item.actions].join('\n'),
          item.informed ? `${item.informed}\n${shortDate(item.informedOn)}` : '—',
        ]);
      }
      items.end();
    },
  };
};

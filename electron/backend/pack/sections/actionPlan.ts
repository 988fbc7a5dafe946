import { actionSourceLabels } from '../../../../shared/labels/actions';
import { isActionOpenOn, isActionOverdueOn } from '../../../../shared/domain/actions';
import type { Action } from '../../../../shared/schemas/actions';
import { createActionsRepository, type StoredAction } from '../../actions/repository';
import { idsParam } from '../../search/fold';
import type { Builder } from '../pdf/builder';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, shortDate } from '../pdf/typography';
import { actionStateCell, actionText } from '../records/nonconformityBlock';
import { ACTION_JOINS, IN_ACTION_PLAN, type LoopScope } from './loopScope';
import type { PackContext } from './types';

export type ActionPlan = { date: string; from: string; actions: StoredAction[] };

/** The record an action answers, as the user knows it: "NC-2026-002", "Fiche FA-2026-001", "Revue de direction du 12 mars 2026". */
export const actionOrigin = (action: Pick<Action, 'source' | 'originReference' | 'originNote'>): string => {
  switch (action.source) {
    case 'nonconformite':
      return action.originReference ?? actionSourceLabels.fr.nonconformite;
    case 'constat':
      return `Constat d’audit ${action.originReference ?? ''}`.trim();
    case 'fiche':
      return `Fiche ${action.originReference ?? ''}`.trim();
    case 'risque':
      return `${actionSourceLabels.fr.risque} ${action.originReference ?? ''}`.trim();
    case 'veille':
      return `${actionSourceLabels.fr.veille} ${action.originReference ?? ''}`.trim();
    default:
      return action.originNote ?? actionSourceLabels.fr[action.source];
  }
};

/** Every action of the plan within the scope: open on the pack's date, or finished within the 12 months before it. */
export const collectActionPlan = (ctx: PackContext, scope: LoopScope): ActionPlan => {
  const ids = ctx.db
    .prepare<LoopScope['params'], number>(`SELECT x.id FROM actions x ${ACTION_JOINS} WHERE ${IN_ACTION_PLAN} AND ${scope.action}`)
    .pluck()
    .all(scope.params);
  // Only the plan's actions are read, not every action of the file's years.
  const actions = createActionsRepository(ctx.db).list({
    ownerId: null,
    processId: null,
    status: null,
    source: null,
    overdueAsOf: null,
    words: null,
    ids: idsParam(ids),
  });
  return { ...scope.params, actions };
};

/** The action plan: actions open on its date first (the late ones said so), then those finished within the 12 months. */
export const renderActionPlan = (b: Builder, plan: ActionPlan): void => {
  const open = plan.actions.filter((action) => isActionOpenOn(action, plan.date));
  const finishedOn = (action: StoredAction): string => action.doneOn ?? action.abandonedOn ?? action.dueDate;
  const finished = plan.actions
    .filter((action) => !isActionOpenOn(action, plan.date))
    .sort((a, z) => finishedOn(z).localeCompare(finishedOn(a)));
  const late = open.filter((action) => isActionOverdueOn(action, plan.date)).length;
  b.paragraph(
    `Toutes les actions du périmètre, quelle que soit leur origine (non-conformités, constats d’audit, fiches d’amélioration, revues de direction) : ${integer(open.length)} ouverte(s) au ${shortDate(plan.date)}, dont ${integer(late)} en retard, et ${integer(finished.length)} réalisée(s) ou abandonnée(s) depuis le ${shortDate(plan.from)}.`,
    { color: theme.color.muted, size: theme.size.small + 0.5 },
  );
  if (late > 0)
    b.paragraph(`${integer(late)} action(s) en retard au ${shortDate(plan.date)} : signalée(s) en rouge ci-dessous.`, {
      style: 'bold',
      color: theme.color.gap,
    });
  const table = beginTable(b, [
    { header: 'Référence', share: 62, prose: false, style: 'bold' },
    { header: 'Origine', share: 72 },
    { header: 'Action', share: 150 },
    { header: 'Responsable', share: 64 },
    { header: 'Échéance', share: 50, prose: false },
    { header: 'État', share: 97 },
  ]);
  if (plan.actions.length === 0) table.note('Aucune action ouverte ni terminée sur la période.');
  const rows = (actions: readonly StoredAction[]) => {
    for (const action of actions) {
      table.row([
        action.reference,
        actionOrigin(action),
        actionText(action),
        action.ownerName,
        shortDate(action.dueDate),
        actionStateCell(action, plan.date),
      ]);
    }
  };
  if (open.length > 0) table.note(`Actions à faire ou en cours (${integer(open.length)})`, theme.color.accent);
  rows(open);
  if (finished.length > 0)
    table.note(`Actions réalisées ou abandonnées depuis le ${shortDate(plan.from)} (${integer(finished.length)})`, theme.color.accent);
  rows(finished);
  table.end();
};

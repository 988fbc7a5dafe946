import type { CalendarDate } from './dates';

/** Corrective (on a cause), preventive (on a potential cause), improvement (no nonconformity). */
export const actionTypes = ['corrective', 'preventive', 'amelioration'] as const;
export type ActionType = (typeof actionTypes)[number];

export const actionStatuses = ['a_faire', 'en_cours', 'realisee', 'abandonnee'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/**
 * Where an action comes from: a nonconformity, an audit finding (piste de progrès, point sensible…),
 * a fiche d'amélioration, a management review decision, or anything else said in words.
 */
export const actionSources = ['nonconformite', 'constat', 'fiche', 'revue_direction', 'autre'] as const;
export type ActionSource = (typeof actionSources)[number];

/** Sources a user picks when writing an action on its own (the others come from their record). */
export const standaloneActionSources = ['constat', 'revue_direction', 'autre'] as const;

/** The moves of an action; reopening undoes a completion or an abandon entered by mistake. */
export const actionTransitions = {
  start: { from: ['a_faire'], to: 'en_cours' },
  complete: { from: ['a_faire', 'en_cours'], to: 'realisee' },
  abandon: { from: ['a_faire', 'en_cours'], to: 'abandonnee' },
  reopen: { from: ['realisee', 'abandonnee'], to: 'en_cours' },
} as const satisfies Record<string, { from: readonly ActionStatus[]; to: ActionStatus }>;
export type ActionMove = keyof typeof actionTransitions;
export const actionMoves = Object.keys(actionTransitions) as ActionMove[];

/** Whether `move` may be applied to an action in `status`. */
export const canMoveAction = (move: ActionMove, status: ActionStatus): boolean =>
  (actionTransitions[move].from as readonly ActionStatus[]).includes(status);

/** Done with, one way or the other: réalisée, or abandonnée (always with its reason). */
export const isActionFinished = (status: ActionStatus): boolean => status === 'realisee' || status === 'abandonnee';

/** Still to be done after its due date. */
export const isActionOverdue = (action: { status: ActionStatus; dueDate: CalendarDate }, today: CalendarDate): boolean =>
  !isActionFinished(action.status) && action.dueDate < today;

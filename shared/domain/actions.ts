import type { CalendarDate } from './dates';

/** Corrective (on a cause), preventive (on a potential cause), improvement (no nonconformity). */
export const actionTypes = ['corrective', 'preventive', 'amelioration'] as const;
export type ActionType = (typeof actionTypes)[number];

export const actionStatuses = ['a_faire', 'en_cours', 'realisee', 'abandonnee'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/**
 * Where an action comes from: a nonconformity, an audit finding (piste de progrès, point sensible…),
 * a fiche d'amélioration, a management review decision, anything else said in words, a provider's
 * evaluation (a poor one), a satisfaction survey's analysis, a risk or opportunity's treatment, or an
 * item of the regulatory watch.
 */
export const actionSources = [
  'nonconformite',
  'constat',
  'fiche',
  'revue_direction',
  'autre',
  'evaluation_prestataire',
  'enquete',
  'risque',
  'veille',
] as const;
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

/** What an action's own dates say of it: opened, due, and done or abandoned (each on a day the user gave). */
export type DatedAction = {
  status: ActionStatus;
  openedOn: CalendarDate;
  dueDate: CalendarDate;
  doneOn: CalendarDate | null;
  abandonedOn: CalendarDate | null;
};

/**
 * Open on `date`: opened by then, and neither done nor abandoned by then. Every figure "as of a
 * date" (the plan, the agenda, the management review, the evidence pack) counts actions with this
 * rule, or with its SQL twin `actionOpenOnSql` (electron/backend/actions/dated.ts), tested equal.
 */
export const isActionOpenOn = (action: DatedAction, date: CalendarDate): boolean =>
  action.openedOn <= date && (action.doneOn === null || action.doneOn > date) && (action.abandonedOn === null || action.abandonedOn > date);

/** Late on `date`: open on that day and due before it. */
export const isActionOverdueOn = (action: DatedAction, date: CalendarDate): boolean =>
  isActionOpenOn(action, date) && action.dueDate < date;

/**
 * Where the action stood on `date`: réalisée or abandonnée from the day it was, before that open.
 * An action finished later was "en cours" unless it is still "à faire" (its start has no date).
 */
export const actionStatusOn = (action: DatedAction, date: CalendarDate): ActionStatus => {
  if (action.doneOn !== null && action.doneOn <= date) return 'realisee';
  if (action.abandonedOn !== null && action.abandonedOn <= date) return 'abandonnee';
  return action.status === 'a_faire' ? 'a_faire' : 'en_cours';
};

import {
  canApplyToNonconformity,
  nonconformityTransitions,
  roundActionsOf,
  transitionAfterActions,
  type NonconformityTransition,
} from '../../../shared/domain/nonconformities';
import type { FieldChange } from '../../../shared/schemas/history';
import type { Nonconformity } from '../../../shared/schemas/nonconformities';
import { ServiceError } from '../errors';
import type { LoopRepositories } from './repositories';

const statusWords = {
  a_traiter: 'à traiter',
  en_analyse: 'en analyse',
  actions_en_cours: 'en actions',
  verification: 'en vérification',
  close: 'close',
} as const;

/** A nonconformity's state: open for a change or not, and the moves of its state machine. */
export const createNonconformityMoves = (repos: LoopRepositories, detail: (id: number) => Nonconformity) => {
  const mustBeOpen = (nc: Pick<Nonconformity, 'reference' | 'status'>): void => {
    if (nc.status === 'close') {
      throw new ServiceError('conflict', `La non-conformité ${nc.reference} est close : elle reste consultable mais ne se modifie plus.`);
    }
  };

  /** Loads an open nonconformity for a change, refusing a stale revision. */
  const forChange = (id: number, revision: number): Nonconformity => {
    const nc = detail(id);
    if (nc.revision !== revision) {
      throw new ServiceError(
        'conflict',
        `La non-conformité ${nc.reference} a été modifiée entre-temps. Rechargez la page, puis recommencez.`,
      );
    }
    mustBeOpen(nc);
    return nc;
  };

  /** Applies a move of the state machine and writes the status change on the timeline. */
  const move = (
    nc: Pick<Nonconformity, 'id' | 'reference' | 'status'>,
    transition: NonconformityTransition,
    at: string,
    closedOn: string | null = null,
  ) => {
    if (!canApplyToNonconformity(transition, nc.status)) {
      throw new ServiceError(
        'conflict',
        `La non-conformité ${nc.reference} est ${statusWords[nc.status]} : cette étape ne s’applique pas.`,
      );
    }
    const to = nonconformityTransitions[transition].to;
    repos.nonconformities.setStatus(nc.id, to, closedOn, at);
    return { field: 'status', before: nc.status, after: to } satisfies FieldChange;
  };

  /** After an action of the nonconformity changed: moves it to verification, or back to actions, as its round requires. */
  const syncAfterActions = (ncId: number, at: string): FieldChange[] => {
    const nc = detail(ncId);
    const transition = transitionAfterActions(nc.status, roundActionsOf(nc));
    return transition === null ? [] : [move(nc, transition, at)];
  };

  return { mustBeOpen, forChange, move, syncAfterActions };
};

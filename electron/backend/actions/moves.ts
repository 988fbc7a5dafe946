import type { z } from 'zod';
import { canMoveAction, type ActionMove } from '../../../shared/domain/actions';
import type { Action, actionMoveSchema } from '../../../shared/schemas/actions';
import { ServiceError } from '../errors';
import { diffFields } from '../history/changes';
import type { LoopContext } from '../nonconformities/context';
import type { StatusValues } from './repository';
import type { ActionRules } from './rules';
import { asNonconformityStatus, statusSnapshot, type ActionTimeline } from './timeline';

const moveWords: Record<ActionMove, string> = { start: 'démarrée', complete: 'réalisée', abandon: 'abandonnée', reopen: 'rouverte' };
const statusWords = { a_faire: 'à faire', en_cours: 'en cours', realisee: 'réalisée', abandonnee: 'abandonnée' } as const;

/** An action's moves: started, completed, abandoned, reopened; its nonconformity follows. */
export const createActionMoves = (lc: LoopContext, rules: ActionRules, { record }: ActionTimeline) => ({
  /** Starts, completes (with its date and evidence), abandons (with the reason) or reopens an action. */
  move: (input: z.output<typeof actionMoveSchema>): Action =>
    lc.db
      .transaction(() => {
        const current = rules.forChange(input.id, input.revision);
        const { step } = input;
        if (!canMoveAction(step.move, current.status)) {
          throw new ServiceError(
            'conflict',
            `L’action ${current.reference} est ${statusWords[current.status]} : elle ne peut pas être ${moveWords[step.move]}.`,
          );
        }
        if (step.move === 'reopen' && !rules.inRound(current)) {
          throw new ServiceError(
            'conflict',
            `L’action ${current.reference} a déjà été jugée par une vérification de l’efficacité : ajoutez plutôt une nouvelle action.`,
          );
        }
        if (step.move === 'complete') rules.finishedOn(current, step.doneOn, 'step.doneOn', 'La date de réalisation');
        if (step.move === 'abandon') rules.finishedOn(current, step.abandonedOn, 'step.abandonedOn', 'La date de l’abandon');
        const values: StatusValues = {
          status: step.move === 'complete' ? 'realisee' : step.move === 'abandon' ? 'abandonnee' : 'en_cours',
          doneOn: step.move === 'complete' ? step.doneOn : null,
          abandonedOn: step.move === 'abandon' ? step.abandonedOn : null,
          abandonReason: step.move === 'abandon' ? step.reason : null,
          evidenceNotes: (step.move === 'complete' ? step.evidenceNotes : null) ?? current.evidenceNotes,
        };
        const at = lc.now().toISOString();
        lc.repos.actions.setStatus(current.id, values, at);
        const followed = current.nonconformityId === null ? [] : asNonconformityStatus(lc.syncAfterActions(current.nonconformityId, at));
        const updated = rules.mustGet(current.id);
        const changes = diffFields(statusSnapshot(current), statusSnapshot(updated));
        const reason = step.move === 'reopen' ? [{ field: 'comment', before: null, after: step.reason }] : [];
        record(updated, 'status', [...changes, ...reason, ...followed], at);
        return updated;
      })
      .immediate(),
});

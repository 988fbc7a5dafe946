import type { z } from 'zod';
import type { Contract, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { Services } from '../services';
import type { Inverse } from './memory';

type Input<K extends MethodName> = z.output<Contract[K]['input']>;

/**
 * How one method's change is undone: what it did, in French, and the call that puts it back, or
 * why none can. `before` reads what the change will overwrite, before it runs.
 */
export type UndoRule<K extends MethodName, B = unknown> = {
  before: (services: Services, input: Input<K>) => B;
  undo: (input: Input<K>, output: MethodOutput<K>, before: B) => { description: string; inverse: Inverse | { refusal: string } };
};

/** A rule once its method is looked up by name: the registry checks each rule against its method when it is written. */
export type AnyUndoRule = {
  before: (services: Services, input: unknown) => unknown;
  undo: (input: unknown, output: unknown, before: unknown) => ReturnType<UndoRule<MethodName>['undo']>;
};
const erase = <K extends MethodName, B>(rule: UndoRule<K, B>): AnyUndoRule => rule as unknown as AnyUndoRule;

const moveWords = { start: 'démarrée', complete: 'réalisée', abandon: 'abandonnée', reopen: 'rouverte' } as const;

const actionMove: UndoRule<'actions.move', MethodOutput<'actions.get'>> = {
  before: (services, input) => services.actions.get(input.id),
  undo: (input, action, before) => {
    const description = `Action ${action.reference} ${moveWords[input.step.move]}`;
    const id = action.id;
    const revision = action.revision;
    if (input.step.move === 'complete' || input.step.move === 'abandon') {
      const reason = `Annulation de « ${description} » (Ctrl+Z).`;
      return {
        description,
        inverse: {
          method: 'actions.move',
          input: { id, revision, step: { move: 'reopen', reason } },
          description: `Action ${action.reference} rouverte`,
        },
      };
    }
    if (input.step.move === 'reopen' && before.status === 'realisee' && before.doneOn !== null) {
      const step = { move: 'complete', doneOn: before.doneOn, evidenceNotes: before.evidenceNotes };
      return {
        description,
        inverse: { method: 'actions.move', input: { id, revision, step }, description: `Action ${action.reference} de nouveau réalisée` },
      };
    }
    if (input.step.move === 'reopen' && before.status === 'abandonnee' && before.abandonedOn !== null) {
      const step = { move: 'abandon', abandonedOn: before.abandonedOn, reason: before.abandonReason ?? description };
      return {
        description,
        inverse: { method: 'actions.move', input: { id, revision, step }, description: `Action ${action.reference} de nouveau abandonnée` },
      };
    }
    return { description, inverse: { refusal: `Une action démarrée ne revient pas « à faire » : ${action.reference} reste en cours.` } };
  },
};

type Links = MethodOutput<'referentials.linksFor'>;
const numberOf = (links: Links, requirementId: number) => links.find((link) => link.id === requirementId)?.number ?? `n° ${requirementId}`;

const link = (added: boolean): UndoRule<'referentials.link' | 'referentials.unlink', Links> => ({
  before: (services, input) => services.referentials.linksFor(input.entity, input.entityId),
  undo: (input, after, before) => {
    const number = numberOf(added ? after : before, input.requirementId);
    return {
      description: added ? `Lien avec l’exigence ${number} ajouté` : `Lien avec l’exigence ${number} retiré`,
      inverse: {
        method: added ? 'referentials.unlink' : 'referentials.link',
        input,
        description: added ? `Lien avec l’exigence ${number} retiré` : `Lien avec l’exigence ${number} rétabli`,
      },
    };
  },
});

/** The changes Ctrl+Z can undo, by method: status moves and links. Any other change says it cannot. */
export const undoRules: Partial<Record<MethodName, AnyUndoRule>> = {
  'actions.move': erase(actionMove),
  'referentials.link': erase(link(true)),
  'referentials.unlink': erase(link(false)),
};

/** Methods that write something other than the quality system's records: they leave the last change alone. */
export const outsideRecords = ['identity', 'onboarding', 'datafile', 'backups', 'pack', 'example', 'imports', 'app', 'undo'];

export const CANNOT_UNDO =
  'Cette modification ne s’annule pas d’un geste : corrigez-la sur sa page (l’historique garde chaque étape). Ctrl+Z annule les changements de statut d’une action et les liens avec les exigences.';

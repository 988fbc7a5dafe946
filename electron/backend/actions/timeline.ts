import type { Action } from '../../../shared/schemas/actions';
import type { FieldChange } from '../../../shared/schemas/history';
import { openCheckOf } from '../../../shared/domain/nonconformities';
import { creationFields } from '../history/changes';
import type { LoopContext } from '../nonconformities/context';
import type { ActionLinks } from './repository';
import type { ActionFields, ActionRules } from './rules';

// In an action's entry, `status` is the action's; its nonconformity's move is told apart.
export const asNonconformityStatus = (changes: FieldChange[]): FieldChange[] =>
  changes.map((change) => ({ ...change, field: 'nonconformityStatus' }));

/** What history keeps of an action's state. */
export const statusSnapshot = (action: Action) => ({
  status: action.status,
  doneOn: action.doneOn,
  abandonedOn: action.abandonedOn,
  abandonReason: action.abandonReason,
  evidenceNotes: action.evidenceNotes,
});

/** What history keeps of an action's fields. */
export const snapshot = (action: Action) => ({
  openedOn: action.openedOn,
  type: action.type,
  description: action.description,
  owner: action.ownerName,
  process: action.processName,
  dueDate: action.dueDate,
  evidenceNotes: action.evidenceNotes,
});

/** An action's timeline: where its entries are written, and the new action that starts it. */
export const createActionTimeline = (lc: LoopContext, { mustGet }: ActionRules) => {
  const { repos } = lc;

  /** Writes on the nonconformity's timeline for its actions, on the action's own otherwise. */
  const record = (action: Action, verb: 'create' | 'update' | 'status', changes: FieldChange[], at: string): void => {
    if (action.nonconformityId === null) {
      lc.record('action', action.id, verb === 'status' ? 'action_status' : verb, changes, at);
      return;
    }
    const named = { field: 'action', before: null, after: action.reference };
    lc.record('nonconformity', action.nonconformityId, verb === 'create' ? 'action_add' : `action_${verb}`, [named, ...changes], at);
  };

  return {
    record,

    /** Stores a new action and starts its timeline; a nonconformity's action joins its open check, if one is planned. */
    insert: (links: Omit<ActionLinks, 'checkId'>, fields: ActionFields, at: string, origin: Record<string, unknown> = {}): Action => {
      const open = links.nonconformityId === null ? null : openCheckOf(lc.detail(links.nonconformityId).checks);
      const reference = repos.sequences.actionReference(Number(fields.openedOn.slice(0, 4)));
      const id = repos.actions.insert(reference, { ...links, checkId: open?.id ?? null }, fields, at);
      const created = mustGet(id);
      const followed = links.nonconformityId === null ? [] : asNonconformityStatus(lc.syncAfterActions(links.nonconformityId, at));
      record(created, 'create', [...creationFields({ reference, source: links.source, ...origin, ...snapshot(created) }), ...followed], at);
      return mustGet(id);
    },
  };
};

export type ActionTimeline = ReturnType<typeof createActionTimeline>;

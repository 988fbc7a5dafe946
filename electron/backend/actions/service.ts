import type { z } from 'zod';
import { canMoveAction, type ActionMove } from '../../../shared/domain/actions';
import { outOfOrder } from '../../../shared/domain/dates';
import { dateRuleMessages, openCheckOf } from '../../../shared/domain/nonconformities';
import type {
  Action,
  ActionPage,
  actionCreateSchema,
  actionFieldsSchema,
  actionListQuerySchema,
  actionPageQuerySchema,
  actionMoveSchema,
  actionUpdateSchema,
} from '../../../shared/schemas/actions';
import type { FieldChange } from '../../../shared/schemas/history';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { namedPerson } from '../people/lookup';
import type { LoopContext } from '../nonconformities/context';
import type { ActionFilter, ActionLinks, StatusValues } from './repository';

type Fields = z.output<typeof actionFieldsSchema>;

// A screen's worth of rows and more: the page a list asks for unless it says otherwise.
const DEFAULT_PAGE_SIZE = 200;

const moveWords: Record<ActionMove, string> = { start: 'démarrée', complete: 'réalisée', abandon: 'abandonnée', reopen: 'rouverte' };
const statusWords = { a_faire: 'à faire', en_cours: 'en cours', realisee: 'réalisée', abandonnee: 'abandonnée' } as const;

// In an action's entry, `status` is the action's; its nonconformity's move is told apart.
const asNonconformityStatus = (changes: FieldChange[]): FieldChange[] =>
  changes.map((change) => ({ ...change, field: 'nonconformityStatus' }));

const detectionOf = (date: string) => ({ what: 'la détection de la non-conformité', date });
const auditOf = (date: string) => ({ what: 'l’audit du constat', date });

const statusSnapshot = (action: Action) => ({
  status: action.status,
  doneOn: action.doneOn,
  abandonedOn: action.abandonedOn,
  abandonReason: action.abandonReason,
  evidenceNotes: action.evidenceNotes,
});

const snapshot = (action: Action) => ({
  openedOn: action.openedOn,
  type: action.type,
  description: action.description,
  owner: action.ownerName,
  process: action.processName,
  dueDate: action.dueDate,
  evidenceNotes: action.evidenceNotes,
});

/** Actions, whatever their source: writing them, their moves, and the rules their nonconformity puts on their dates. */
export const createActionsService = (lc: LoopContext) => {
  const { repos } = lc;
  // Today read once per request: the overdue filter and every row's lateness agree.
  const filterOf = (query: z.output<typeof actionListQuerySchema>): ActionFilter => ({
    ownerId: query.ownerId ?? null,
    processId: query.processId ?? null,
    status: query.status ?? null,
    source: query.source ?? null,
    overdueAsOf: query.overdueOnly ? lc.today() : null,
  });
  const mustGet = (id: number): Action => lc.withOverdue(repos.actions.get(id) ?? raise(notFound('Cette action')));

  /** Writes on the nonconformity's timeline for its actions, on the action's own otherwise. */
  const record = (action: Action, verb: 'create' | 'update' | 'status', changes: FieldChange[], at: string): void => {
    if (action.nonconformityId === null) {
      lc.record('action', action.id, verb === 'status' ? 'action_status' : verb, changes, at);
      return;
    }
    const named = { field: 'action', before: null, after: action.reference };
    lc.record('nonconformity', action.nonconformityId, verb === 'create' ? 'action_add' : `action_${verb}`, [named, ...changes], at);
  };

  /**
   * The owner, the process and the dates: opened not in the future nor before what it answers (`origin`:
   * the nonconformity's detection, the audit, the fiche), due and finished not before it was opened,
   * due within the nonconformity's planned check.
   */
  const checkFields = (
    fields: Fields,
    prefix: string,
    nonconformityId: number | null,
    inRound: boolean,
    current?: Action,
    origin?: { what: string; date: string },
  ): void => {
    namedPerson(repos.people, fields.ownerId, `${prefix}ownerId`, current?.ownerId ?? null);
    if (fields.processId !== null && !repos.processes.get(fields.processId))
      throw invalidField(`${prefix}processId`, 'Ce processus n’existe pas.');
    if (fields.openedOn > lc.today() && fields.openedOn !== current?.openedOn) {
      throw invalidField(`${prefix}openedOn`, dateRuleMessages.inFuture('La date d’ouverture'));
    }
    if (origin !== undefined && fields.openedOn < origin.date) {
      throw invalidField(`${prefix}openedOn`, outOfOrder('L’ouverture de l’action', fields.openedOn, origin.what, origin.date));
    }
    if (fields.dueDate < fields.openedOn) {
      throw invalidField(`${prefix}dueDate`, outOfOrder('L’échéance', fields.dueDate, 'l’ouverture de l’action', fields.openedOn));
    }
    const finished = current?.doneOn ?? current?.abandonedOn ?? null;
    if (finished !== null && finished < fields.openedOn) {
      const what = current?.doneOn ? 'La réalisation de l’action' : 'L’abandon de l’action';
      throw invalidField(`${prefix}openedOn`, outOfOrder(what, finished, 'son ouverture', fields.openedOn));
    }
    if (nonconformityId === null) return;
    const nc = lc.detail(nonconformityId);
    const open = openCheckOf(nc.checks);
    if (inRound && open && fields.dueDate > open.plannedOn && fields.dueDate !== current?.dueDate) {
      throw invalidField(`${prefix}dueDate`, dateRuleMessages.dueAfterCheck(open.plannedOn));
    }
  };

  /** Stores a new action and starts its timeline; a nonconformity's action joins its open check, if one is planned. */
  const insert = (links: Omit<ActionLinks, 'checkId'>, fields: Fields, at: string, origin: Record<string, unknown> = {}): Action => {
    const open = links.nonconformityId === null ? null : openCheckOf(lc.detail(links.nonconformityId).checks);
    const reference = repos.sequences.actionReference(Number(fields.openedOn.slice(0, 4)));
    const id = repos.actions.insert(reference, { ...links, checkId: open?.id ?? null }, fields, at);
    const created = mustGet(id);
    const followed = links.nonconformityId === null ? [] : asNonconformityStatus(lc.syncAfterActions(links.nonconformityId, at));
    record(created, 'create', [...creationFields({ reference, source: links.source, ...origin, ...snapshot(created) }), ...followed], at);
    return mustGet(id);
  };

  /** What an action answers, and the day before which it cannot have been opened. */
  const originDateOf = (action: Action): { what: string; date: string } | undefined => {
    if (action.nonconformityId !== null) return detectionOf(lc.detail(action.nonconformityId).detectedOn);
    if (action.findingId !== null) {
      const finding = repos.actions.finding(action.findingId);
      return finding && auditOf(finding.audit_start);
    }
    return undefined;
  };

  /** A completion or an abandon: on a day not in the future nor before the action was opened. */
  const finishedOn = (action: Action, date: string, field: string, what: string): void => {
    if (date > lc.today()) throw invalidField(field, dateRuleMessages.inFuture(what));
    if (date < action.openedOn) throw invalidField(field, outOfOrder(what, date, 'l’ouverture de l’action', action.openedOn));
  };

  const forChange = (id: number, revision: number): Action => {
    const action = mustGet(id);
    if (action.revision !== revision) {
      throw new ServiceError('conflict', `L’action ${action.reference} a été modifiée entre-temps. Rechargez la page, puis recommencez.`);
    }
    if (action.nonconformityStatus === 'close') {
      throw new ServiceError('conflict', `L’action ${action.reference} relève d’une non-conformité close : elle ne se modifie plus.`);
    }
    return action;
  };

  /** Whether the action is still to be judged by the next verdict (not by one already given). */
  const inRound = (action: Action): boolean => {
    if (action.nonconformityId === null || action.checkId === null) return true;
    return openCheckOf(lc.detail(action.nonconformityId).checks)?.id === action.checkId;
  };

  return {
    insert,

    /**
     * An action another record decides (a provider's evaluation, a satisfaction survey): checked as
     * any action is, opened not before that record's day (`origin`). Call inside its transaction.
     */
    createLinked: (
      links: Omit<ActionLinks, 'checkId'>,
      fields: Fields,
      at: string,
      origin: { what: string; date: string },
      note: Record<string, unknown>,
    ): Action => {
      checkFields(fields, 'fields.', null, false, undefined, origin);
      return insert(links, fields, at, note);
    },

    list: (query: z.output<typeof actionListQuerySchema>): Action[] => repos.actions.list(filterOf(query)).map(lc.withOverdue),

    /** One page of the plan (open actions by default), its counts and where the next page starts. */
    page: (query: z.output<typeof actionPageQuerySchema>): ActionPage => {
      const filter = filterOf(query);
      const limit = query.limit ?? DEFAULT_PAGE_SIZE;
      const openOnly = (query.scope ?? 'open') === 'open';
      // One row more than the page tells whether another page follows.
      const rows = repos.actions.page({
        ...filter,
        openOnly: openOnly ? 1 : 0,
        afterDue: query.after?.dueDate ?? null,
        afterId: query.after?.id ?? 0,
        limit: limit + 1,
      });
      const items = rows.slice(0, limit).map(lc.withOverdue);
      const last = items.at(-1);
      const counts = repos.actions.count(filter);
      return {
        items,
        total: openOnly ? counts.open : counts.total,
        openTotal: counts.open,
        next: rows.length > limit && last ? { dueDate: last.dueDate, id: last.id } : null,
      };
    },

    get: mustGet,

    create: (input: z.output<typeof actionCreateSchema>): Action =>
      lc.db
        .transaction(() => {
          const { origin, fields } = input;
          const at = lc.now().toISOString();
          const none = { nonconformityId: null, findingId: null, suggestionId: null, originNote: null };
          if (origin.source === 'nonconformite') {
            const nc = lc.detail(origin.nonconformityId);
            lc.mustBeOpen(nc);
            checkFields(fields, 'fields.', origin.nonconformityId, true, undefined, detectionOf(nc.detectedOn));
            return insert({ ...none, source: 'nonconformite', nonconformityId: origin.nonconformityId }, fields, at);
          }
          if (origin.source === 'constat') {
            const finding =
              repos.actions.finding(origin.findingId) ?? raise(invalidField('origin.findingId', 'Ce constat d’audit n’existe pas.'));
            checkFields(fields, 'fields.', null, false, undefined, auditOf(finding.audit_start));
            return insert({ ...none, source: 'constat', findingId: finding.id }, fields, at);
          }
          checkFields(fields, 'fields.', null, false);
          return insert({ ...none, source: origin.source, originNote: origin.note }, fields, at, { origin: origin.note });
        })
        .immediate(),

    update: (input: z.output<typeof actionUpdateSchema>): Action =>
      lc.db
        .transaction(() => {
          const current = forChange(input.id, input.revision);
          checkFields(input.fields, 'fields.', current.nonconformityId, inRound(current), current, originDateOf(current));
          const at = lc.now().toISOString();
          repos.actions.update(current.id, input.fields, at);
          const updated = mustGet(current.id);
          const changes = diffFields(snapshot(current), snapshot(updated));
          if (changes.length > 0) record(updated, 'update', changes, at);
          return updated;
        })
        .immediate(),

    /** Starts, completes (with its date and evidence), abandons (with the reason) or reopens an action. */
    move: (input: z.output<typeof actionMoveSchema>): Action =>
      lc.db
        .transaction(() => {
          const current = forChange(input.id, input.revision);
          const { step } = input;
          if (!canMoveAction(step.move, current.status)) {
            throw new ServiceError(
              'conflict',
              `L’action ${current.reference} est ${statusWords[current.status]} : elle ne peut pas être ${moveWords[step.move]}.`,
            );
          }
          if (step.move === 'reopen' && !inRound(current)) {
            throw new ServiceError(
              'conflict',
              `L’action ${current.reference} a déjà été jugée par une vérification de l’efficacité : ajoutez plutôt une nouvelle action.`,
            );
          }
          if (step.move === 'complete') finishedOn(current, step.doneOn, 'step.doneOn', 'La date de réalisation');
          if (step.move === 'abandon') finishedOn(current, step.abandonedOn, 'step.abandonedOn', 'La date de l’abandon');
          const values: StatusValues = {
            status: step.move === 'complete' ? 'realisee' : step.move === 'abandon' ? 'abandonnee' : 'en_cours',
            doneOn: step.move === 'complete' ? step.doneOn : null,
            abandonedOn: step.move === 'abandon' ? step.abandonedOn : null,
            abandonReason: step.move === 'abandon' ? step.reason : null,
            evidenceNotes: (step.move === 'complete' ? step.evidenceNotes : null) ?? current.evidenceNotes,
          };
          const at = lc.now().toISOString();
          repos.actions.setStatus(current.id, values, at);
          const followed = current.nonconformityId === null ? [] : asNonconformityStatus(lc.syncAfterActions(current.nonconformityId, at));
          const updated = mustGet(current.id);
          const changes = diffFields(statusSnapshot(current), statusSnapshot(updated));
          const reason = step.move === 'reopen' ? [{ field: 'comment', before: null, after: step.reason }] : [];
          record(updated, 'status', [...changes, ...reason, ...followed], at);
          return updated;
        })
        .immediate(),
  };
};

export type ActionsService = ReturnType<typeof createActionsService>;

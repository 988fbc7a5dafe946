import { decisionKindLabels } from '../../../shared/labels/management-review';
import type { z } from 'zod';
import { toCalendarDate } from '../../../shared/domain/dates';
import { dateInWords } from '../../../shared/domain/dates';
import { reviewAsOf, reviewOriginNote } from '../../../shared/domain/management-review';
import type { FieldChange } from '../../../shared/schemas/history';
import {
  reviewInputsSchema,
  type Decision,
  type decisionActionSchema,
  type decisionAddSchema,
  type ManagementReview,
  type ReviewInputs,
  type reviewFieldsSchema,
  type ReviewSummary,
  type reviewUpdateSchema,
} from '../../../shared/schemas/management-review';
import type { ActionsService } from '../actions/service';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createHistoryRepository } from '../history/repository';
import type { ObjectivesService } from '../indicators/objectives-service';
import type { IndicatorsService } from '../indicators/service';
import { createPeopleRepository } from '../people/repository';
import { readReviewInputs } from './inputs';
import { createReviewInputsRepository } from './inputs-repository';
import { createSupportInputs } from './inputs-support';
import { decisionOf, toSummary } from './mapping';
import { createReviewsRepository, type DecisionRow, type ReviewRow } from './repository';

type Fields = z.output<typeof reviewFieldsSchema>;
type ActionRequest = z.output<typeof decisionActionSchema>;

const HELD = 'Cette revue de direction est close : son compte rendu ne se modifie plus.';

const snapshot = (review: ManagementReview) => ({
  heldOn: review.heldOn,
  periodStart: review.periodStart,
  periodEnd: review.periodEnd,
  participants: review.participantNames.join(', ') || null,
  otherParticipants: review.otherParticipants,
  contextChanges: review.contextChanges,
  resources: review.resources,
  risksOpportunities: review.risksOpportunities,
  externalProviders: review.externalProviders,
  conclusion: review.conclusion,
});

/** The management review (§9.3): its inputs read from the file, its decisions turned into actions of the plan, then held and frozen. */
export const createManagementReviewService = (
  ctx: ServiceContext,
  indicators: IndicatorsService,
  objectives: ObjectivesService,
  actions: ActionsService,
) => {
  const repo = createReviewsRepository(ctx.db);
  const inputsRepo = createReviewInputsRepository(ctx.db);
  const supportInputs = createSupportInputs(ctx.db);
  const people = createPeopleRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const today = () => toCalendarDate(ctx.now());
  const record = (id: number, action: string, changes: FieldChange[], at: string) =>
    history.append({ at, entity: 'management_review', entityId: id, action, changes });

  const toDecision = (row: DecisionRow): Decision => decisionOf(row, today());

  const mustGetRow = (id: number): ReviewRow => repo.get(id) ?? raise(notFound('Cette revue de direction'));

  const get = (id: number): ManagementReview => {
    const row = mustGetRow(id);
    const participants = repo.participants(id);
    const decisions = repo.decisions(id);
    return {
      ...toSummary(row, participants, decisions),
      participants: participants.map((p) => ({ id: p.id, name: p.name, jobTitle: p.job_title })),
      otherParticipants: row.other_participants,
      contextChanges: row.context_changes,
      resources: row.resources,
      risksOpportunities: row.risks_opportunities,
      externalProviders: row.external_providers,
      conclusion: row.conclusion,
      decisions: decisions.map(toDecision),
      heldAt: row.held_at,
    };
  };

  const editable = (row: ReviewRow): ReviewRow => {
    if (row.status === 'tenue') throw new ServiceError('conflict', HELD);
    return row;
  };

  /**
   * The inputs of a review read from the file as of its day (`reviewAsOf`: its period's end or its date,
   * not after today), without its own decisions; the previous review's decisions with their actions as
   * they stood that day.
   */
  const liveInputs = (row: ReviewRow): ReviewInputs => {
    const asOf = reviewAsOf({ heldOn: row.held_on, periodEnd: row.period_end }, today());
    const previous = repo.previous(row.held_on, row.id);
    return readReviewInputs(
      ctx.db,
      inputsRepo,
      indicators,
      { start: row.period_start, end: row.period_end, asOf, reviewId: row.id },
      previous === undefined
        ? null
        : { id: previous.id, heldOn: previous.held_on, decisions: repo.decisions(previous.id).map((d) => decisionOf(d, asOf)) },
      objectives.list(),
      supportInputs,
    );
  };

  const checked = (fields: Fields, prefix: string, current: ReviewRow | null) => {
    const before = new Set(current === null ? [] : repo.participants(current.id).map((p) => p.id));
    fields.participantIds.forEach((personId, index) => {
      const person =
        people.get(personId) ?? raise(invalidField(`${prefix}participantIds.${index}`, 'Cette personne n’existe pas dans l’annuaire.'));
      if (!person.active && !before.has(personId)) {
        throw invalidField(
          `${prefix}participantIds.${index}`,
          `${person.name} est désactivé(e) dans l’annuaire : choisissez une personne active.`,
        );
      }
    });
    const { participantIds: _participants, ...values } = fields;
    return values;
  };

  /** Creates the action a decision becomes; the actions module's field errors are renamed to this method's input. */
  const createAction = (review: ReviewRow, decision: { position: number; text: string }, request: ActionRequest) => {
    if (review.held_on > today()) {
      throw new ServiceError(
        'conflict',
        `Cette revue se tient le ${dateInWords(review.held_on)} : ses décisions deviennent des actions ce jour-là. Enregistrez la décision sans action pour l’instant.`,
      );
    }
    try {
      return actions.create({
        origin: { source: 'revue_direction', note: reviewOriginNote(review.held_on, decision.position) },
        fields: { ...request, openedOn: review.held_on, description: decision.text, evidenceNotes: null },
      });
    } catch (error) {
      if (!(error instanceof ServiceError) || error.fields === undefined) throw error;
      const fields = Object.fromEntries(
        Object.entries(error.fields).map(([path, message]) => [
          path === 'fields.description' ? 'text' : path.replace(/^fields\./, 'action.'),
          message,
        ]),
      );
      throw new ServiceError(error.code, error.message, fields);
    }
  };

  return {
    list: (): ReviewSummary[] => {
      const participants = repo.allParticipants();
      const decisions = repo.allDecisions();
      return repo.list().map((row) => toSummary(row, participants.get(row.id) ?? [], decisions.get(row.id) ?? []));
    },

    get,

    /** The inputs of the review: frozen once held, read live from the file before. */
    inputs: (id: number): ReviewInputs => {
      const row = mustGetRow(id);
      if (row.inputs_snapshot === null) return liveInputs(row);
      return reviewInputsSchema.parse(JSON.parse(row.inputs_snapshot));
    },

    create: (fields: Fields): ManagementReview =>
      ctx.db
        .transaction(() => {
          const at = ctx.now().toISOString();
          const id = repo.insert(checked(fields, '', null), at);
          repo.setParticipants(id, fields.participantIds);
          const created = get(id);
          record(id, 'create', creationFields(snapshot(created)), at);
          return created;
        })
        .immediate(),

    update: (input: z.output<typeof reviewUpdateSchema>): ManagementReview =>
      ctx.db
        .transaction(() => {
          const current = editable(mustGetRow(input.id));
          if (current.revision !== input.revision) {
            throw new ServiceError('conflict', 'Cette revue de direction a été modifiée entre-temps. Rechargez la page, puis recommencez.');
          }
          const before = get(input.id);
          const at = ctx.now().toISOString();
          repo.update(input.id, checked(input.fields, 'fields.', current), at);
          repo.setParticipants(input.id, input.fields.participantIds);
          const updated = get(input.id);
          const changes = diffFields(snapshot(before), snapshot(updated));
          if (changes.length > 0) record(input.id, 'update', changes, at);
          return updated;
        })
        .immediate(),

    /** Records a decision, and in the same step the action that carries it out (owner, due date) when one is asked for. */
    addDecision: (input: z.output<typeof decisionAddSchema>): ManagementReview =>
      ctx.db
        .transaction(() => {
          const review = editable(mustGetRow(input.reviewId));
          const at = ctx.now().toISOString();
          const decision = repo.addDecision(review.id, input.kind, input.text, at);
          const action =
            input.action === null ? null : createAction(review, { position: decision.position, text: input.text }, input.action);
          if (action !== null) repo.linkAction(decision.id, action.id);
          record(
            review.id,
            'decision_add',
            creationFields({
              decision: `${decision.position}. ${input.text}`,
              kind: decisionKindLabels.fr[input.kind],
              action: action?.reference ?? null,
            }),
            at,
          );
          return get(review.id);
        })
        .immediate(),

    /** Turns a decision recorded as text into its action. */
    decisionToAction: (decisionId: number, request: ActionRequest): ManagementReview =>
      ctx.db
        .transaction(() => {
          const decision = repo.decision(decisionId) ?? raise(notFound('Cette décision'));
          const review = editable(mustGetRow(decision.review_id));
          if (decision.action_id !== null) {
            throw new ServiceError(
              'conflict',
              `Cette décision a déjà son action ${decision.action_reference ?? ''} dans le plan d’actions.`,
            );
          }
          const action = createAction(review, decision, request);
          repo.linkAction(decision.id, action.id);
          record(
            review.id,
            'decision_action',
            [
              { field: 'decision', before: null, after: `${decision.position}. ${decision.text}` },
              { field: 'action', before: null, after: action.reference },
            ],
            ctx.now().toISOString(),
          );
          return get(review.id);
        })
        .immediate(),

    /** Removes a decision recorded by mistake, as long as it has not become an action. */
    removeDecision: (decisionId: number): ManagementReview =>
      ctx.db
        .transaction(() => {
          const decision = repo.decision(decisionId) ?? raise(notFound('Cette décision'));
          const review = editable(mustGetRow(decision.review_id));
          if (decision.action_id !== null) {
            throw new ServiceError(
              'conflict',
              `Cette décision est devenue l’action ${decision.action_reference ?? ''} : abandonnez plutôt l’action, avec son motif, dans le plan d’actions.`,
            );
          }
          repo.removeDecision(decision.id);
          record(
            review.id,
            'decision_remove',
            [{ field: 'decision', before: `${decision.position}. ${decision.text}`, after: null }],
            ctx.now().toISOString(),
          );
          return get(review.id);
        })
        .immediate(),

    /** Holds the review: its inputs are frozen as they read as of its day, and nothing of it changes afterwards. */
    hold: (input: { id: number; revision: number }): ManagementReview =>
      ctx.db
        .transaction(() => {
          const review = editable(mustGetRow(input.id));
          if (review.revision !== input.revision) {
            throw new ServiceError('conflict', 'Cette revue de direction a été modifiée entre-temps. Rechargez la page, puis recommencez.');
          }
          if (review.held_on > today()) {
            throw new ServiceError('conflict', 'Une revue se clôt le jour où elle se tient ou après : sa date est dans le futur.');
          }
          if (repo.participants(review.id).length === 0) {
            throw new ServiceError('conflict', 'Indiquez au moins un participant avant de clore la revue.');
          }
          const at = ctx.now().toISOString();
          repo.hold(review.id, JSON.stringify(liveInputs(review)), at);
          record(review.id, 'hold', [{ field: 'status', before: 'en_preparation', after: 'tenue' }], at);
          return get(review.id);
        })
        .immediate(),
  };
};

export type ManagementReviewService = ReturnType<typeof createManagementReviewService>;

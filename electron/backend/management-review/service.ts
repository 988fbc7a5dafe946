import type { z } from 'zod';
import {
  reviewInputsSchema,
  type ManagementReview,
  type ReviewInputs,
  type reviewFieldsSchema,
  type ReviewSummary,
  type reviewUpdateSchema,
} from '../../../shared/schemas/management-review';
import type { ActionsService } from '../actions/service';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import type { ObjectivesService } from '../indicators/objectives-service';
import type { IndicatorsService } from '../indicators/service';
import { createReviewContext } from './context';
import { createReviewDecisions } from './decisions-service';
import { toSummary } from './mapping';
import type { ReviewRow } from './repository';

type Fields = z.output<typeof reviewFieldsSchema>;

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
  const rc = createReviewContext(ctx, indicators, objectives);
  const { repo, people, today, record, mustGetRow, get, editable, liveInputs } = rc;

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

    ...createReviewDecisions(rc, actions),

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

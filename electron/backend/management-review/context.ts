import type { FieldChange } from '../../../shared/schemas/history';
import { toCalendarDate } from '../../../shared/domain/dates';
import { reviewAsOf } from '../../../shared/domain/management-review';
import type { ManagementReview, ReviewInputs } from '../../../shared/schemas/management-review';
import type { ServiceContext } from '../context';
import { ServiceError, notFound, raise } from '../errors';
import { createHistoryRepository } from '../history/repository';
import type { ObjectivesService } from '../indicators/objectives-service';
import type { IndicatorsService } from '../indicators/service';
import { createPeopleRepository } from '../people/repository';
import { readReviewInputs } from './inputs';
import { createReviewInputsRepository } from './inputs-repository';
import { createSupportInputs } from './inputs-support';
import { decisionOf, toSummary } from './mapping';
import { createReviewsRepository, type ReviewRow } from './repository';

const HELD = 'Cette revue de direction est close : son compte rendu ne se modifie plus.';

/** What a review's record and its decisions share: the repositories, history, the review as read, its live inputs. */
export const createReviewContext = (ctx: ServiceContext, indicators: IndicatorsService, objectives: ObjectivesService) => {
  const repo = createReviewsRepository(ctx.db);
  const inputsRepo = createReviewInputsRepository(ctx.db);
  const supportInputs = createSupportInputs(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const today = () => toCalendarDate(ctx.now());
  const record = (id: number, action: string, changes: FieldChange[], at: string) =>
    history.append({ at, entity: 'management_review', entityId: id, action, changes });

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
      decisions: decisions.map((d) => decisionOf(d, today())),
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

  return { ...ctx, repo, people: createPeopleRepository(ctx.db), today, record, mustGetRow, get, editable, liveInputs };
};

export type ReviewContext = ReturnType<typeof createReviewContext>;

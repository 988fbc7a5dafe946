import type { z } from 'zod';
import { toCalendarDate } from '../../../shared/domain/dates';
import { DEFAULT_ISSUE_GROUPING, issueGroupings, type IssueGrouping } from '../../../shared/domain/issues';
import { isReviewLate } from '../../../shared/domain/register-life';
import type { FieldChange } from '../../../shared/schemas/history';
import type {
  ClimateAnswer,
  climateAnswerFieldsSchema,
  ContextOverview,
  Issue,
  issueFieldsSchema,
  issueListQuerySchema,
  issueUpdateSchema,
} from '../../../shared/schemas/issues';
import type { ServiceContext } from '../context';
import { ServiceError, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createHistoryRepository } from '../history/repository';
import { createSettingsRepository } from '../organisation/repository';
import { ORGANISATION_ID } from '../organisation/service';
import { createLifeWrites } from './life-writes';
import { createNaturalLinks } from '../referentials/natural-links';
import { issuesCsv } from './csv';
import { notInFuture, registerLife } from './life';
import { createIssuesRepository, likePattern, type StoredIssue } from './repository';

type Fields = z.output<typeof issueFieldsSchema>;
type Query = z.output<typeof issueListQuerySchema>;

/** The setting holding how the register groups issues. */
export const GROUPING_KEY = 'context.grouping';

const snapshot = (issue: Issue) => ({
  title: issue.title,
  description: issue.description,
  nature: issue.nature,
  effect: issue.effect,
  heading: issue.heading,
  source: issue.source,
  identifiedOn: issue.identifiedOn,
  reviewDue: issue.reviewDue,
});

/** The structure's context (§4.1): its issues, how they are grouped, and the dated answers to the climate question. */
export const createIssuesService = (ctx: ServiceContext) => {
  const issues = createIssuesRepository(ctx.db);
  const settings = createSettingsRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const links = createNaturalLinks(ctx);
  const today = () => toCalendarDate(ctx.now());
  const record = (entityId: number, action: string, changes: FieldChange[], at: string) =>
    history.append({ at, entity: 'issue', entityId, action, changes });

  const withState = (issue: StoredIssue): Issue => ({ ...issue, reviewLate: isReviewLate(issue, today()) });
  const mustGet = (id: number): Issue => withState(issues.get(id) ?? raise(notFound('Cet enjeu')));
  const life = (issue?: Issue) => registerLife(today, issue ? `L’enjeu « ${issue.title} »` : 'L’enjeu');

  const current = (id: number, revision: number): Issue => {
    const issue = mustGet(id);
    if (issue.revision !== revision) {
      throw new ServiceError('conflict', `L’enjeu « ${issue.title} » a été modifié entre-temps. Rechargez la page, puis recommencez.`);
    }
    return issue;
  };

  const grouping = (): IssueGrouping => issueGroupings.find((value) => value === settings.get(GROUPING_KEY)) ?? DEFAULT_ISSUE_GROUPING;

  const list = (query: Query): Issue[] =>
    issues
      .list({
        nature: query.nature ?? null,
        effect: query.effect ?? null,
        includeRetired: query.includeRetired ? 1 : 0,
        lateOn: query.reviewLateOnly ? today() : null,
        pattern: likePattern(query.search),
      })
      .map(withState);

  return {
    list,
    get: mustGet,

    create: (fields: Fields): Issue =>
      ctx.db
        .transaction(() => {
          life().identified(fields.identifiedOn, 'identifiedOn');
          const at = ctx.now().toISOString();
          const id = issues.insert(fields, at);
          record(id, 'create', creationFields(snapshot(mustGet(id))), at);
          links.linkNaturalClause('issue', id, at);
          return mustGet(id);
        })
        .immediate(),

    update: (input: z.output<typeof issueUpdateSchema>): Issue =>
      ctx.db
        .transaction(() => {
          const before = current(input.id, input.revision);
          life(before).editable(before);
          life(before).identified(input.fields.identifiedOn, 'fields.identifiedOn', before);
          const at = ctx.now().toISOString();
          issues.update(before.id, input.fields, at);
          const after = mustGet(before.id);
          const changes = diffFields(snapshot(before), snapshot(after));
          if (changes.length > 0) record(before.id, 'update', changes, at);
          return after;
        })
        .immediate(),

    ...createLifeWrites({ db: ctx.db, now: ctx.now, current, mustGet, life, repo: issues, record }),

    exportCsv: (query: Query) => issuesCsv(list(query), today()),

    overview: (): ContextOverview => ({ grouping: grouping(), climate: issues.climate() }),

    /** How the register groups issues: SWOT or PESTEL (a setting of the file, on the organisation's timeline). */
    setGrouping: (input: { grouping: IssueGrouping }): ContextOverview =>
      ctx.db
        .transaction(() => {
          const before = grouping();
          if (before !== input.grouping) {
            settings.set(GROUPING_KEY, input.grouping);
            history.append({
              at: ctx.now().toISOString(),

              entity: 'organisation',
              entityId: ORGANISATION_ID,
              action: 'update',
              changes: [{ field: 'contextGrouping', before, after: input.grouping }],
            });
          }
          return { grouping: grouping(), climate: issues.climate() };
        })
        .immediate(),

    /** Answers "is climate change a relevant issue?" on a day; earlier answers stay, the latest by date stands. */
    answerClimate: (fields: z.output<typeof climateAnswerFieldsSchema>): ClimateAnswer[] =>
      ctx.db
        .transaction(() => {
          notInFuture(fields.answeredOn, today(), 'answeredOn', 'La date de la réponse');
          const at = ctx.now().toISOString();
          issues.insertClimate(fields.answeredOn, fields.relevant, fields.justification, at);
          history.append({
            at,

            entity: 'organisation',
            entityId: ORGANISATION_ID,
            action: 'climate_answer',
            changes: creationFields({
              climateAnsweredOn: fields.answeredOn,
              climateRelevant: fields.relevant,
              climateJustification: fields.justification,
            }),
          });
          return issues.climate();
        })
        .immediate(),
  };
};

export type IssuesService = ReturnType<typeof createIssuesService>;

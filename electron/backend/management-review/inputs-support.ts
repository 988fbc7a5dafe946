import type Database from 'better-sqlite3';
import { nextEvaluationDue, type EvaluationResult } from '../../../shared/domain/providers';
import { satisfactionRate, type QuestionKind, type SurveyPopulation } from '../../../shared/domain/surveys';
import type { ReviewInputs } from '../../../shared/schemas/management-review';
import type { Window } from './inputs-repository';

const LIST_LIMIT = 100;

/**
 * The inputs of §9.3.2 c that the competence, provider and survey registers give, as of the review's
 * day: satisfaction campaigns opened in the period (their answers then), provider evaluations of the
 * period and those late on the day, trainings done or still planned, habilitations lapsed on the day.
 */
export const createSupportInputs = (db: Database.Database) => {
  const surveys = db.prepare<
    Window,
    { id: number; title: string; population: SurveyPopulation; opens_on: string; closes_on: string; analysed_on: string | null }
  >(
    `SELECT id, title, population, opens_on, closes_on, analysed_on FROM surveys
     WHERE opens_on BETWEEN @start AND @asOf ORDER BY opens_on, id LIMIT ${LIST_LIMIT}`,
  );
  const questions = db.prepare<[number], { id: number; text: string; kind: QuestionKind; scale_max: number | null; satisfaction: number }>(
    'SELECT id, text, kind, scale_max, satisfaction FROM survey_questions WHERE survey_id = ?',
  );
  const answers = db.prepare<[number, string], { question_id: number; value: number | null; text: string | null; response_id: number }>(
    `SELECT a.question_id, a.value, a.text, a.response_id FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id
     WHERE r.survey_id = ? AND (r.answered_on IS NULL OR r.answered_on <= ?)`,
  );
  const evaluations = db.prepare<
    Window,
    { provider_id: number; name: string; evaluated_on: string; score: number; result: EvaluationResult; follow_ups: number }
  >(
    `SELECT e.provider_id, v.name, e.evaluated_on, e.score, e.result,
       (SELECT count(*) FROM actions x WHERE x.provider_evaluation_id = e.id AND x.opened_on <= @asOf)
         + (e.nonconformity_id IS NOT NULL) AS follow_ups
     FROM provider_evaluations e INDEXED BY provider_evaluations_day JOIN providers v ON v.id = e.provider_id
     WHERE e.evaluated_on BETWEEN @start AND @asOf ORDER BY e.evaluated_on, e.id`,
  );
  const providers = db.prepare<Window, { id: number; name: string; since: string; evaluation_months: number; last_on: string | null }>(
    `SELECT v.id, v.name, v.since, v.evaluation_months,
       (SELECT max(evaluated_on) FROM provider_evaluations e WHERE e.provider_id = v.id AND e.evaluated_on <= @asOf) AS last_on
     FROM providers v WHERE v.active = 1 AND v.since <= @asOf ORDER BY v.name COLLATE NOCASE`,
  );
  const trainingCounts = db.prepare<Window, { done: number; planned: number }>(
    `SELECT count(*) FILTER (WHERE done_on BETWEEN @start AND @asOf) AS done,
       count(*) FILTER (WHERE status <> 'annulee' AND planned_on BETWEEN @start AND @end AND (done_on IS NULL OR done_on > @asOf)) AS planned
     FROM trainings`,
  );
  const lapsed = db.prepare<Window, { person_name: string; title: string; expires_on: string }>(
    `SELECT pe.name AS person_name, t.title, t.expires_on FROM trainings t JOIN people pe ON pe.id = t.person_id
     WHERE t.status = 'realisee' AND t.done_on <= @asOf AND t.expires_on < @asOf AND pe.active = 1
       AND NOT EXISTS (SELECT 1 FROM trainings r WHERE r.person_id = t.person_id AND r.competence_id = t.competence_id
         AND r.status = 'realisee' AND r.done_on > t.done_on AND r.done_on <= @asOf)
     ORDER BY t.expires_on LIMIT ${LIST_LIMIT}`,
  );

  return (w: Window): Pick<ReviewInputs, 'satisfaction' | 'providers' | 'competences'> => {
    const evaluated = evaluations.all(w);
    const counts = trainingCounts.get(w) ?? { done: 0, planned: 0 };
    return {
      satisfaction: {
        surveys: surveys.all(w).map((s) => {
          const rows = answers.all(s.id, w.asOf);
          const rules = questions
            .all(s.id)
            .map((q) => ({ id: q.id, text: q.text, kind: q.kind, scaleMax: q.scale_max, satisfaction: q.satisfaction === 1 }));
          return {
            id: s.id,
            title: s.title,
            population: s.population,
            opensOn: s.opens_on,
            closesOn: s.closes_on,
            responses: new Set(rows.map((r) => r.response_id)).size,
            rate: satisfactionRate(
              rules,
              rows.map((r) => ({ questionId: r.question_id, value: r.value, text: r.text })),
            ).rate,
            analysed: s.analysed_on !== null && s.analysed_on <= w.asOf,
          };
        }),
      },
      providers: {
        evaluated: evaluated.length,
        poor: evaluated.filter((e) => e.result === 'insuffisant').length,
        evaluations: evaluated.slice(0, LIST_LIMIT).map((e) => ({
          providerId: e.provider_id,
          providerName: e.name,
          evaluatedOn: e.evaluated_on,
          score: e.score,
          result: e.result,
          followUps: e.follow_ups,
        })),
        overdue: providers
          .all(w)
          .map((p) => ({ id: p.id, name: p.name, due: nextEvaluationDue(p.since, p.last_on, p.evaluation_months) }))
          .filter((p) => p.due < w.asOf),
      },
      competences: {
        trainingsDone: counts.done,
        trainingsPlanned: counts.planned,
        lapsed: lapsed.all(w).map((l) => ({ personName: l.person_name, title: l.title, expiresOn: l.expires_on })),
      },
    };
  };
};

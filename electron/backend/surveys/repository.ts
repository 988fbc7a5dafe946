import type Database from 'better-sqlite3';
import type { ImportedResponse } from '../../../shared/domain/survey-import';
import type { QuestionKind, ResponseOrigin, StoredAnswer, SurveyPopulation, SurveyQuestionRule } from '../../../shared/domain/surveys';

export type SurveyRow = {
  id: number;
  title: string;
  population: SurveyPopulation;
  opens_on: string;
  closes_on: string;
  solicited: number | null;
  indicator_id: number | null;
  indicator_name: string | null;
  analysis: string | null;
  analysed_on: string | null;
  responses: number;
  revision: number;
};

export type QuestionRow = {
  id: number;
  survey_id: number;
  position: number;
  text: string;
  kind: QuestionKind;
  scale_max: number | null;
  satisfaction: number;
};

/** A question as the shared rules read it. */
export const toRule = (q: QuestionRow): SurveyQuestionRule => ({
  id: q.id,
  text: q.text,
  kind: q.kind,
  scaleMax: q.scale_max,
  satisfaction: q.satisfaction === 1,
});

export type SurveyValues = {
  title: string;
  population: SurveyPopulation;
  opensOn: string;
  closesOn: string;
  solicited: number | null;
  indicatorId: number | null;
};

const selectSurvey = `SELECT s.id, s.title, s.population, s.opens_on, s.closes_on, s.solicited, s.indicator_id, i.name AS indicator_name,
    s.analysis, s.analysed_on, (SELECT count(*) FROM survey_responses r WHERE r.survey_id = s.id) AS responses, s.revision
  FROM surveys s LEFT JOIN indicators i ON i.id = s.indicator_id`;

export const createSurveysRepository = (db: Database.Database) => {
  const list = db.prepare<{ population: string | null; year: string | null }, SurveyRow>(`${selectSurvey}
    WHERE (@population IS NULL OR s.population = @population) AND (@year IS NULL OR substr(s.opens_on, 1, 4) = @year)
    ORDER BY s.opens_on DESC, s.id DESC`);
  const one = db.prepare<[number], SurveyRow>(`${selectSurvey} WHERE s.id = ?`);
  const insert = db.prepare(
    `INSERT INTO surveys (title, population, opens_on, closes_on, solicited, indicator_id, created_at, updated_at)
     VALUES (@title, @population, @opensOn, @closesOn, @solicited, @indicatorId, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE surveys SET title = @title, population = @population, opens_on = @opensOn, closes_on = @closesOn, solicited = @solicited,
       indicator_id = @indicatorId, revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const analyse = db.prepare<{ id: number; on: string; analysis: string; at: string }>(
    'UPDATE surveys SET analysis = @analysis, analysed_on = @on, revision = revision + 1, updated_at = @at WHERE id = @id',
  );
  const touch = db.prepare<[string, number]>('UPDATE surveys SET revision = revision + 1, updated_at = ? WHERE id = ?');
  const questions = db.prepare<[number], QuestionRow>(
    'SELECT id, survey_id, position, text, kind, scale_max, satisfaction FROM survey_questions WHERE survey_id = ? ORDER BY position',
  );
  const question = db.prepare<[number], QuestionRow>(
    'SELECT id, survey_id, position, text, kind, scale_max, satisfaction FROM survey_questions WHERE id = ?',
  );
  const insertQuestion = db.prepare(
    `INSERT INTO survey_questions (survey_id, position, text, kind, scale_max, satisfaction)
     VALUES (@surveyId, (SELECT coalesce(max(position), 0) + 1 FROM survey_questions WHERE survey_id = @surveyId), @text, @kind, @scaleMax, @satisfaction)`,
  );
  const deleteQuestion = db.prepare<[number]>('DELETE FROM survey_questions WHERE id = ?');
  const answers = db.prepare<[number], { question_id: number; value: number | null; text: string | null }>(
    `SELECT a.question_id, a.value, a.text FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id WHERE r.survey_id = ?`,
  );
  const satisfactionAnswers = db.prepare<[], { survey_id: number; question_id: number; value: number | null; text: string | null }>(
    `SELECT q.survey_id, a.question_id, a.value, a.text FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id
     WHERE q.satisfaction = 1`,
  );
  const allQuestions = db.prepare<[], QuestionRow>(
    'SELECT id, survey_id, position, text, kind, scale_max, satisfaction FROM survey_questions WHERE satisfaction = 1',
  );
  const insertResponse = db.prepare<[number, string | null, string, string]>(
    'INSERT INTO survey_responses (survey_id, answered_on, origin, created_at) VALUES (?, ?, ?, ?)',
  );
  const insertAnswer = db.prepare<[number, number, number | null, string | null]>(
    'INSERT INTO survey_answers (response_id, question_id, value, text) VALUES (?, ?, ?, ?)',
  );
  const measurementOf = db.prepare<[number], { id: number; indicator_id: number; period_start: string; value: number }>(
    'SELECT id, indicator_id, period_start, value FROM measurements WHERE survey_id = ?',
  );
  const indicator = db.prepare<
    [number],
    { id: number; name: string; unit: string; frequency: string; active: number; part_labels: string | null }
  >('SELECT id, name, unit, frequency, active, part_labels FROM indicators WHERE id = ?');

  const toAnswer = (row: { question_id: number; value: number | null; text: string | null }): StoredAnswer => ({
    questionId: row.question_id,
    value: row.value,
    text: row.text,
  });

  return {
    list: (filter: { population: SurveyPopulation | null; year: string | null }): SurveyRow[] => list.all(filter),
    get: (id: number): SurveyRow | undefined => one.get(id),
    insert: (values: SurveyValues, at: string): number => Number(insert.run({ ...values, at }).lastInsertRowid),
    update: (id: number, values: SurveyValues, at: string): void => {
      update.run({ id, ...values, at });
    },
    analyse: (id: number, on: string, analysis: string, at: string): void => {
      analyse.run({ id, on, analysis, at });
    },
    touch: (id: number, at: string): void => {
      touch.run(at, id);
    },
    questions: (surveyId: number): QuestionRow[] => questions.all(surveyId),
    question: (id: number): QuestionRow | undefined => question.get(id),
    insertQuestion: (values: {
      surveyId: number;
      text: string;
      kind: QuestionKind;
      scaleMax: number | null;
      satisfaction: boolean;
    }): number => Number(insertQuestion.run({ ...values, satisfaction: values.satisfaction ? 1 : 0 }).lastInsertRowid),
    deleteQuestion: (id: number): void => {
      deleteQuestion.run(id);
    },
    answers: (surveyId: number): StoredAnswer[] => answers.all(surveyId).map(toAnswer),
    /** Every answer to a question counting for satisfaction, with its survey: the register's rates in one read. */
    satisfactionAnswers: () => satisfactionAnswers.all().map((row) => ({ surveyId: row.survey_id, ...toAnswer(row) })),
    satisfactionQuestions: (): QuestionRow[] => allQuestions.all(),
    insertResponses: (surveyId: number, responses: readonly ImportedResponse[], origin: ResponseOrigin, at: string): void => {
      for (const response of responses) {
        const id = Number(insertResponse.run(surveyId, response.answeredOn, origin, at).lastInsertRowid);
        for (const answer of response.answers) insertAnswer.run(id, answer.questionId, answer.value, answer.text);
      }
    },
    measurementOf: (surveyId: number) => measurementOf.get(surveyId),
    indicator: (id: number) => indicator.get(id),
  };
};

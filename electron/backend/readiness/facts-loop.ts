import type Database from 'better-sqlite3';
import type { CalendarDate } from '../../../shared/domain/dates';
import { freeTextInputs, type FreeTextInput } from '../../../shared/domain/management-review';
import type { ReadinessFacts } from '../../../shared/domain/readiness/facts';

type Params = { asOf: CalendarDate; yearAgo: CalendarDate };

// NCs open on `asOf` and those closed in the twelve months before it (an auditor samples the period).
const NONCONFORMITIES_SQL = `
  SELECT n.id, n.reference, n.description, n.severity,
    CASE WHEN n.closed_on <= @asOf THEN n.closed_on END AS closedOn,
    (n.analysed_on IS NOT NULL AND n.analysed_on <= @asOf) AS analysed,
    (SELECT e.verdict FROM effectiveness_checks e WHERE e.nonconformity_id = n.id AND e.checked_on <= @asOf
     ORDER BY e.checked_on DESC, e.id DESC LIMIT 1) AS verdict,
    (SELECT max(a.due_date) FROM actions a WHERE a.nonconformity_id = n.id AND a.status IN ('a_faire', 'en_cours')) AS openActionsDue,
    r.number AS requirementNumber
  FROM nonconformities n LEFT JOIN requirements r ON r.id = n.requirement_id
  WHERE n.detected_on <= @asOf AND (n.closed_on IS NULL OR n.closed_on >= @yearAgo)`;

const INDICATORS_SQL = `
  SELECT i.id, i.name, i.next_measurement_due AS nextMeasurementDue, i.direction, i.target, i.alert_threshold AS alertThreshold,
    m.period_start AS periodStart, m.value,
    (m.id IS NOT NULL AND (
      EXISTS (SELECT 1 FROM nonconformities n WHERE n.detected_on >= m.period_start AND n.detected_on <= @asOf
              AND (n.source = 'indicateur' OR n.process_id = i.process_id))
      OR EXISTS (SELECT 1 FROM actions a WHERE a.process_id = i.process_id AND a.opened_on >= m.period_start AND a.opened_on <= @asOf)
    )) AS actedOn
  FROM indicators i
  LEFT JOIN measurements m ON m.id = (
    SELECT id FROM measurements WHERE indicator_id = i.id AND period_start <= @asOf ORDER BY period_start DESC LIMIT 1)
  WHERE i.active = 1 AND i.first_period <= @asOf`;

// Each held review's comments left empty, and what its frozen inputs read from the file (since schemas
// 15 and 16) gave the meeting on the same inputs: the context's changes (b), trainings and lapsed
// habilitations (d), provider evaluations of the period (c 7), the risks with their treatment (e).
const REVIEWS_SQL = `
  SELECT id, held_on AS heldOn,
    context_changes IS NULL AS ccEmpty, resources IS NULL AS rsEmpty,
    risks_opportunities IS NULL AS roEmpty, external_providers IS NULL AS epEmpty,
    json_type(inputs_snapshot, '$.context') IS NOT NULL AS ccRead,
    coalesce(json_extract(inputs_snapshot, '$.competences.trainingsDone'), 0)
      + coalesce(json_extract(inputs_snapshot, '$.competences.trainingsPlanned'), 0)
      + coalesce(json_array_length(inputs_snapshot, '$.competences.lapsed'), 0) > 0 AS rsRead,
    coalesce(json_array_length(inputs_snapshot, '$.risks'), 0) > 0 AS roRead,
    coalesce(json_extract(inputs_snapshot, '$.providers.evaluated'), 0) > 0 AS epRead
  FROM management_reviews WHERE status = 'tenue' AND held_on <= @asOf ORDER BY held_on DESC, id DESC`;

type IndicatorRow = Omit<ReadinessFacts['indicators'][number], 'latest' | 'actedOn'> & {
  periodStart: string | null;
  value: number | null;
  actedOn: number;
};
type NonconformityRow = Omit<ReadinessFacts['nonconformities'][number], 'analysed'> & { analysed: number };
type Flags = Record<`${'cc' | 'rs' | 'ro' | 'ep'}${'Empty' | 'Read'}`, number>;
type ReviewRow = { id: number; heldOn: string } & Flags;
type ObjectiveRow = { id: number; title: string; measured: number };

const flagOf: Record<FreeTextInput, 'cc' | 'rs' | 'ro' | 'ep'> = {
  contextChanges: 'cc',
  resources: 'rs',
  risksOpportunities: 'ro',
  externalProviders: 'ep',
};

/** The free-text inputs whose flag is set, in the minutes' order. */
const inputsWith = (row: Flags, kind: 'Empty' | 'Read'): FreeTextInput[] =>
  freeTextInputs.filter((name) => row[`${flagOf[name]}${kind}`] === 1);

/** The improvement loop, the review, objectives and indicators, réclamations, competence, providers and surveys, as of `asOf`. */
export const readLoop = (db: Database.Database, params: Params) => {
  const nonconformities = db.prepare<Params, NonconformityRow>(NONCONFORMITIES_SQL).all(params);
  const indicators = db.prepare<Params, IndicatorRow>(INDICATORS_SQL).all(params);
  const reviews = db.prepare<Params, ReviewRow>(REVIEWS_SQL).all(params);
  const objectives = db
    .prepare<Params, ObjectiveRow>(
      `SELECT o.id, o.title, EXISTS (
         SELECT 1 FROM quality_objective_indicators qi JOIN measurements m ON m.indicator_id = qi.indicator_id
         WHERE qi.objective_id = o.id AND m.period_end >= @yearAgo AND m.period_start <= @asOf) AS measured
       FROM quality_objectives o WHERE o.status = 'en_cours' AND o.set_on <= @asOf`,
    )
    .all(params);
  const facts: Pick<
    ReadinessFacts,
    | 'nonconformities'
    | 'openActions'
    | 'reviews'
    | 'objectives'
    | 'indicators'
    | 'complaints'
    | 'expiringTrainings'
    | 'providers'
    | 'surveysOpenedOn'
  > = {
    nonconformities: nonconformities.map((n) => ({ ...n, analysed: n.analysed === 1 })),
    openActions: db
      .prepare<Params, ReadinessFacts['openActions'][number]>(
        `SELECT a.id, a.reference, a.description, a.due_date AS dueDate, o.name AS ownerName
         FROM actions a LEFT JOIN people o ON o.id = a.owner_id
         WHERE a.status IN ('a_faire', 'en_cours') AND a.opened_on <= @asOf AND a.nonconformity_id IS NULL AND a.finding_id IS NULL`,
      )
      .all(params),
    reviews: reviews.map((r) => ({ id: r.id, heldOn: r.heldOn, emptyTexts: inputsWith(r, 'Empty'), readFromFile: inputsWith(r, 'Read') })),
    objectives: objectives.map((o) => ({ id: o.id, title: o.title, measuredInTwelveMonths: o.measured === 1 })),
    indicators: indicators.map(({ periodStart, value, actedOn, ...i }) => ({
      ...i,
      latest: periodStart === null || value === null ? null : { periodStart, value },
      actedOn: actedOn === 1,
    })),
    complaints: db
      .prepare<Params, ReadinessFacts['complaints'][number]>(
        `SELECT id, reference, subject, received_on AS receivedOn, response_due AS responseDue, responded_on AS respondedOn,
           analysed_on AS analysedOn
         FROM complaints
         WHERE received_on <= @asOf AND (responded_on IS NULL OR responded_on > @asOf
           OR ((analysed_on IS NULL OR analysed_on > @asOf) AND received_on >= @yearAgo))`,
      )
      .all(params),
    expiringTrainings: db
      .prepare<Params, ReadinessFacts['expiringTrainings'][number]>(
        `SELECT t.id, t.title, pe.name AS personName, t.expires_on AS expiresOn
         FROM trainings t JOIN people pe ON pe.id = t.person_id
         WHERE t.status = 'realisee' AND t.expires_on IS NOT NULL AND t.done_on <= @asOf AND pe.active = 1
           AND NOT EXISTS (SELECT 1 FROM trainings r WHERE r.person_id = t.person_id AND r.competence_id = t.competence_id
             AND r.status = 'realisee' AND r.done_on > t.done_on AND r.done_on <= @asOf)`,
      )
      .all(params),
    providers: db
      .prepare<Params, ReadinessFacts['providers'][number]>(
        'SELECT id, name, next_evaluation_due AS nextEvaluationDue FROM providers WHERE active = 1 AND since <= @asOf',
      )
      .all(params),
    surveysOpenedOn: db
      .prepare<Params, string>('SELECT opens_on FROM surveys WHERE opens_on <= @asOf ORDER BY opens_on DESC')
      .pluck()
      .all(params),
  };
  return facts;
};

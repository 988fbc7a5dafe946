import { addDays } from 'date-fns';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './dates';

/** A know-how, an habilitation that lapses (SST, CACES, électrique, permis), or a diploma. */
export const competenceKinds = ['savoir_faire', 'habilitation', 'diplome'] as const;
export type CompetenceKind = (typeof competenceKinds)[number];

/** A training or qualification: planned, done, or cancelled (its evaluation comes beside). */
export const trainingStatuses = ['prevue', 'realisee', 'annulee'] as const;
export type TrainingStatus = (typeof trainingStatuses)[number];

/** What the evaluation of a training's effect found (§7.2 c: "évaluer l'efficacité des actions"). */
export const trainingResults = ['efficace', 'partiellement_efficace', 'non_efficace'] as const;
export type TrainingResult = (typeof trainingResults)[number];

/** Where a training stands on a day, as the plan shows it. */
export const trainingStates = ['prevue', 'en_retard', 'a_evaluer', 'evaluee', 'annulee'] as const;
export type TrainingState = (typeof trainingStates)[number];

/** Whether a person holds a competence on a day. */
export const qualificationStates = ['acquise', 'expire_bientot', 'expiree', 'manquante'] as const;
export type QualificationState = (typeof qualificationStates)[number];

/** Days before an habilitation lapses when it shows as expiring (and its renewal is to be planned). */
export const EXPIRY_WARNING_DAYS = 60;

export type DatedTraining = {
  status: TrainingStatus;
  plannedOn: CalendarDate | null;
  doneOn: CalendarDate | null;
  expiresOn: CalendarDate | null;
  evaluatedOn: CalendarDate | null;
};

/** Planned (late once its day has passed), done and waiting for its evaluation, evaluated, or cancelled. */
export const trainingState = (training: DatedTraining, today: CalendarDate): TrainingState => {
  if (training.status === 'annulee') return 'annulee';
  if (training.status === 'prevue') return training.plannedOn !== null && training.plannedOn < today ? 'en_retard' : 'prevue';
  return training.evaluatedOn === null ? 'a_evaluer' : 'evaluee';
};

/** The year a training belongs to in the plan: the year it was done, else the year it is planned for. */
export const trainingYear = (training: Pick<DatedTraining, 'plannedOn' | 'doneOn'>): number | null => {
  const day = training.doneOn ?? training.plannedOn;
  return day === null ? null : Number(day.slice(0, 4));
};

/**
 * Whether the trainings of one person for one competence make it held on `date`: done by then and
 * not lapsed (an expiry is the last valid day), expiring within EXPIRY_WARNING_DAYS, lapsed, or missing.
 */
export const qualificationOn = (trainings: readonly DatedTraining[], date: CalendarDate): QualificationState => {
  const done = trainings.filter((t) => t.status === 'realisee' && t.doneOn !== null && t.doneOn <= date);
  if (done.length === 0) return 'manquante';
  const lasting = done.filter((t) => t.expiresOn === null || t.expiresOn >= date);
  if (lasting.length === 0) return 'expiree';
  if (lasting.some((t) => t.expiresOn === null)) return 'acquise';
  const latest = lasting.reduce((a, b) => ((a.expiresOn ?? '') >= (b.expiresOn ?? '') ? a : b));
  const warnFrom = toCalendarDate(addDays(fromCalendarDate(date), EXPIRY_WARNING_DAYS));
  return (latest.expiresOn ?? '') <= warnFrom ? 'expire_bientot' : 'acquise';
};

/** A function's required competences and its holders, against the trainings of the directory. */
export type MatrixInput = {
  functions: { id: number; name: string; competenceIds: number[]; holderIds: number[] }[];
  competences: { id: number; name: string }[];
  people: { id: number; name: string; active: boolean }[];
  trainings: (DatedTraining & { personId: number; competenceId: number | null })[];
};

export type MatrixCell = { personId: number; competenceId: number; state: QualificationState };

/**
 * Who is qualified for what: for each function, each active holder against each competence it
 * requires; `missing` counts the cells not held (lapsed or missing) for the function.
 */
export const competenceMatrix = (input: MatrixInput, date: CalendarDate) => {
  const active = new Map(input.people.filter((p) => p.active).map((p) => [p.id, p]));
  const byPair = new Map<string, DatedTraining[]>();
  for (const t of input.trainings) {
    if (t.competenceId === null) continue;
    const key = `${t.personId}:${t.competenceId}`;
    byPair.set(key, [...(byPair.get(key) ?? []), t]);
  }
  return input.functions.map((fn) => {
    const holders = fn.holderIds.flatMap((id) => {
      const person = active.get(id);
      return person ? [person] : [];
    });
    const cells: MatrixCell[] = holders.flatMap((person) =>
      fn.competenceIds.map((competenceId) => ({
        personId: person.id,
        competenceId,
        state: qualificationOn(byPair.get(`${person.id}:${competenceId}`) ?? [], date),
      })),
    );
    return {
      id: fn.id,
      name: fn.name,
      holders: holders.map((p) => ({ id: p.id, name: p.name })),
      competences: fn.competenceIds.flatMap((id) => input.competences.filter((c) => c.id === id)),
      cells,
      missing: cells.filter((cell) => cell.state === 'manquante' || cell.state === 'expiree').length,
    };
  });
};
export type CompetenceMatrix = ReturnType<typeof competenceMatrix>;

/** The state of a year's training plan: how many trainings are in each state. */
export const planFigures = (states: readonly TrainingState[]): Record<TrainingState, number> => {
  const counts = { prevue: 0, en_retard: 0, a_evaluer: 0, evaluee: 0, annulee: 0 };
  for (const state of states) counts[state] += 1;
  return counts;
};

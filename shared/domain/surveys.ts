import type { CalendarDate } from './dates';
import { isValidCalendarDate } from './dates';

/** Who a campaign asks: salariés en parcours, clients and donneurs d'ordre, prescripteurs, partners, others. */
export const surveyPopulations = ['salaries_parcours', 'clients', 'prescripteurs', 'partenaires', 'autre'] as const;
export type SurveyPopulation = (typeof surveyPopulations)[number];

/** A question on a scale (1 to its maximum), yes or no, or free text. */
export const questionKinds = ['echelle', 'oui_non', 'texte'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** Where answers come from: typed in Sève, or imported from a form tool's file. */
export const responseOrigins = ['saisie', 'import'] as const;
export type ResponseOrigin = (typeof responseOrigins)[number];

export type SurveyQuestionRule = { id: number; text: string; kind: QuestionKind; scaleMax: number | null; satisfaction: boolean };
export type StoredAnswer = { questionId: number; value: number | null; text: string | null };

/** Satisfied: "oui", or a step above the middle of the scale (3 and 4 of 4, 4 and 5 of 5, 6 to 10 of 10). */
export const isSatisfied = (question: Pick<SurveyQuestionRule, 'kind' | 'scaleMax'>, value: number): boolean =>
  question.kind === 'oui_non' ? value === 1 : question.kind === 'echelle' && value > (1 + (question.scaleMax ?? 0)) / 2;

/**
 * The campaign's satisfaction rate: satisfied answers among the answers to the questions that count
 * for it (two decimals); null while none was answered.
 */
export const satisfactionRate = (questions: readonly SurveyQuestionRule[], answers: readonly StoredAnswer[]) => {
  const counted = new Map(questions.filter((q) => q.satisfaction && q.kind !== 'texte').map((q) => [q.id, q]));
  let satisfied = 0;
  let total = 0;
  for (const answer of answers) {
    const question = counted.get(answer.questionId);
    if (question === undefined || answer.value === null) continue;
    total += 1;
    if (isSatisfied(question, answer.value)) satisfied += 1;
  }
  return { satisfied, total, rate: total === 0 ? null : Math.round((satisfied / total) * 10000) / 100 };
};

/** One question's results: how many answered each step (scale: 1…max; yes/no: oui, non), or its free answers. */
export const questionResults = (question: SurveyQuestionRule, answers: readonly StoredAnswer[]) => {
  const own = answers.filter((a) => a.questionId === question.id);
  if (question.kind === 'texte')
    return { answered: own.length, steps: [], mean: null, satisfied: null, texts: own.flatMap((a) => a.text ?? []) };
  const values = own.flatMap((a) => (a.value === null ? [] : [a.value]));
  const steps =
    question.kind === 'oui_non'
      ? [1, 0].map((value) => ({ value, count: values.filter((v) => v === value).length }))
      : Array.from({ length: question.scaleMax ?? 0 }, (_, i) => ({ value: i + 1, count: values.filter((v) => v === i + 1).length }));
  const mean =
    question.kind === 'echelle' && values.length > 0 ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100 : null;
  return { answered: values.length, steps, mean, satisfied: values.filter((v) => isSatisfied(question, v)).length, texts: [] };
};

/** A column header or a question as compared for the import's mapping: no accents, case, spaces or end punctuation. */
export const normaliseHeader = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .replace(/[\s?:.!]+$/g, '')
    .trim();

const DATE_HEADERS = [
  'horodateur',
  'horodatage',
  'date',
  'timestamp',
  'date de reponse',
  'date de soumission',
  'heure de fin',
  'submitted at',
];

/** The columns a form tool's file probably holds for each question (same words), and for the answer's date. */
export const proposeMapping = (questions: readonly Pick<SurveyQuestionRule, 'id' | 'text'>[], headers: readonly string[]) => {
  const normalised = headers.map(normaliseHeader);
  const columns: Record<number, number | null> = {};
  for (const question of questions) {
    const index = normalised.indexOf(normaliseHeader(question.text));
    columns[question.id] = index === -1 ? null : index;
  }
  const dateIndex = normalised.findIndex((h) => DATE_HEADERS.includes(h));
  return { columns, dateColumn: dateIndex === -1 ? null : dateIndex };
};

export type Cell = string | number | boolean | Date | null;

const YES = ['oui', 'yes', 'o', 'y', 'vrai', 'true', '1'];
const NO = ['non', 'no', 'n', 'faux', 'false', '0'];

/** A cell as text: trimmed, a whole number without decimals. */
const cellText = (cell: Cell): string => {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'oui' : 'non';
  return String(cell).trim();
};

/** One answer read from a cell: a value, a text, nothing (left blank), or why it is refused (in French). */
export const readAnswer = (
  question: SurveyQuestionRule,
  cell: Cell,
): { kind: 'value'; value: number } | { kind: 'text'; text: string } | { kind: 'empty' } | { kind: 'error'; reason: string } => {
  const text = cellText(cell);
  if (text === '') return { kind: 'empty' };
  if (question.kind === 'texte')
    return text.length > 4000
      ? { kind: 'error', reason: `la réponse à « ${question.text} » dépasse 4000 caractères` }
      : { kind: 'text', text };
  if (question.kind === 'oui_non') {
    const word = normaliseHeader(text);
    if (YES.includes(word)) return { kind: 'value', value: 1 };
    if (NO.includes(word)) return { kind: 'value', value: 0 };
    return { kind: 'error', reason: `« ${text} » n’est ni oui ni non pour « ${question.text} »` };
  }
  const max = question.scaleMax ?? 0;
  const step = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(step) || step < 1 || step > max) {
    return { kind: 'error', reason: `« ${text} » n’est pas sur l’échelle de 1 à ${max} pour « ${question.text} »` };
  }
  return { kind: 'value', value: step };
};

/** The day of an answer read from a cell: `2026-03-14…`, `14/03/2026 10:12:00`, a spreadsheet date; null when blank. */
export const readAnswerDate = (cell: Cell): CalendarDate | null | 'invalide' => {
  if (cell === null || cell === '') return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'invalide' : cell.toISOString().slice(0, 10);
  const text = cellText(cell);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
  const day = iso
    ? `${iso[1]}-${iso[2]}-${iso[3]}`
    : french
      ? `${french[3]}-${french[2]?.padStart(2, '0')}-${french[1]?.padStart(2, '0')}`
      : null;
  return day !== null && isValidCalendarDate(day) ? day : 'invalide';
};

/** Where a campaign stands on a day: not open yet, open, closed and waiting for its analysis, analysed. */
export const surveyStates = ['a_venir', 'en_cours', 'a_analyser', 'analysee'] as const;
export type SurveyState = (typeof surveyStates)[number];

export const surveyState = (
  survey: { opensOn: CalendarDate; closesOn: CalendarDate; analysedOn: CalendarDate | null },
  today: CalendarDate,
): SurveyState => {
  if (survey.analysedOn !== null) return 'analysee';
  if (today < survey.opensOn) return 'a_venir';
  return today > survey.closesOn ? 'a_analyser' : 'en_cours';
};

/** Largest answers file read (a form tool's export of a few thousand answers is far below). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Most answers one import brings. */
export const MAX_IMPORT_ROWS = 5000;

import { dateInWords, type CalendarDate } from './dates';
import { readAnswer, readAnswerDate, type Cell, type SurveyQuestionRule } from './surveys';

/** One answered questionnaire read from a line of the file. */
export type ImportedResponse = {
  answeredOn: CalendarDate | null;
  answers: { questionId: number; value: number | null; text: string | null }[];
};

export type ImportMappingRule = { columns: { questionId: number; column: number | null }[]; dateColumn: number | null };

/** A data line of the file: its number as a spreadsheet or a text editor shows it, and its cells. */
export type ImportLine = { line: number; cells: Cell[] };

const isBlank = (cell: Cell | undefined): boolean =>
  cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');

/**
 * Reads each line of a form tool's file against the campaign's questions: a line is accepted whole
 * or refused with every reason (in French), so an import brings only complete, valid questionnaires.
 * Blank lines are skipped; a line answering none of the campaign's questions is refused.
 */
export const checkImportLines = (
  questions: readonly SurveyQuestionRule[],
  mapping: ImportMappingRule,
  lines: readonly ImportLine[],
  window: { opensOn: CalendarDate; today: CalendarDate },
) => {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const accepted: ImportedResponse[] = [];
  const refused: { line: number; reason: string }[] = [];
  let read = 0;
  for (const { line, cells } of lines) {
    if (cells.every(isBlank)) continue;
    read += 1;
    const reasons: string[] = [];
    const answers: ImportedResponse['answers'] = [];
    for (const { questionId, column } of mapping.columns) {
      const question = byId.get(questionId);
      if (question === undefined || column === null) continue;
      const answer = readAnswer(question, cells[column] ?? null);
      if (answer.kind === 'error') reasons.push(answer.reason);
      else if (answer.kind === 'value') answers.push({ questionId, value: answer.value, text: null });
      else if (answer.kind === 'text') answers.push({ questionId, value: null, text: answer.text });
    }
    let answeredOn: CalendarDate | null = null;
    if (mapping.dateColumn !== null) {
      const day = readAnswerDate(cells[mapping.dateColumn] ?? null);
      if (day === 'invalide') reasons.push(`la date « ${String(cells[mapping.dateColumn])} » n’est pas lisible`);
      else if (day !== null && day < window.opensOn)
        reasons.push(`la réponse est datée du ${dateInWords(day)}, avant l’ouverture de la campagne (${dateInWords(window.opensOn)})`);
      else if (day !== null && day > window.today) reasons.push(`la réponse est datée du ${dateInWords(day)}, dans le futur`);
      else answeredOn = day;
    }
    if (reasons.length === 0 && answers.length === 0) reasons.push('aucune réponse aux questions de la campagne');
    if (reasons.length > 0) refused.push({ line, reason: `Ligne ${line} : ${reasons.join(' ; ')}.` });
    else accepted.push({ answeredOn, answers });
  }
  return { read, accepted, refused };
};

/**
 * Why a mapping cannot be used, in French, or null: a column outside the file, one column for two
 * questions, or no question mapped at all.
 */
export const mappingProblem = (mapping: ImportMappingRule, headers: readonly string[], questionIds: ReadonlySet<number>): string | null => {
  const used = mapping.columns.filter((c) => c.column !== null && questionIds.has(c.questionId));
  if (mapping.columns.some((c) => !questionIds.has(c.questionId))) return 'Une question du rapprochement n’est pas de cette campagne.';
  if ([...used.map((c) => c.column), mapping.dateColumn].some((c) => c !== null && (c < 0 || c >= headers.length))) {
    return 'Une colonne choisie n’existe pas dans ce fichier : choisissez parmi ses colonnes.';
  }
  if (new Set(used.map((c) => c.column)).size !== used.length)
    return 'Deux questions lisent la même colonne : choisissez une colonne par question.';
  if (used.length === 0)
    return 'Aucune colonne du fichier ne correspond aux questions de la campagne : choisissez la colonne de chaque question.';
  return null;
};

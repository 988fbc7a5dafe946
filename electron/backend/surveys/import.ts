import type { z } from 'zod';
import { checkImportLines, mappingProblem, type ImportedResponse } from '../../../shared/domain/survey-import';
import { proposeMapping } from '../../../shared/domain/surveys';
import type { ImportMapping, ImportPreview, surveyImportSchema } from '../../../shared/schemas/surveys';
import { ServiceError, notFound, raise } from '../errors';
import type { LoopContext } from '../nonconformities/context';
import { readAnswersFile } from './read-file';
import { toRule, type createSurveysRepository, type SurveyRow } from './repository';

type Store = (
  row: SurveyRow,
  responses: readonly ImportedResponse[],
  origin: 'saisie' | 'import',
  history: Record<string, unknown>,
) => void;

/** Answers imported from a form tool's file: read and checked first (nothing written), then the accepted lines in one transaction. */
export const createSurveyImport = (lc: LoopContext, repo: ReturnType<typeof createSurveysRepository>, store: Store) => {
  const mustGetRow = (id: number): SurveyRow => repo.get(id) ?? raise(notFound('Cette enquête'));

  /** The answers of a file, checked line by line against the campaign, without writing anything. */
  const readImport = async (input: z.output<typeof surveyImportSchema>) => {
    const row = mustGetRow(input.surveyId);
    const questions = repo.questions(row.id).map(toRule);
    if (questions.length === 0)
      throw new ServiceError('conflict', 'Cette campagne n’a pas encore de question : ajoutez ses questions avant d’importer.');
    const table = await readAnswersFile(input.fileName, input.content);
    const proposed = proposeMapping(questions, table.headers);
    const mapping: ImportMapping = input.mapping ?? {
      columns: questions.map((q) => ({ questionId: q.id, column: proposed.columns[q.id] ?? null })),
      dateColumn: proposed.dateColumn,
    };
    const problem = mappingProblem(mapping, table.headers, new Set(questions.map((q) => q.id)));
    if (problem !== null) throw new ServiceError('invalid_input', problem, { mapping: problem });
    const checkedLines = checkImportLines(questions, mapping, table.lines, { opensOn: row.opens_on, today: lc.today() });
    const preview: ImportPreview = {
      headers: table.headers,
      mapping,
      rows: checkedLines.read,
      accepted: checkedLines.accepted.length,
      refused: checkedLines.refused,
    };
    return { row, preview, accepted: checkedLines.accepted };
  };

  return {
    previewImport: async (input: z.output<typeof surveyImportSchema>): Promise<ImportPreview> => (await readImport(input)).preview,

    /** Imports the accepted lines in one transaction: all of them or, on any failure, none. */
    import: async (input: z.output<typeof surveyImportSchema>) => {
      const { row, preview, accepted } = await readImport(input);
      if (accepted.length === 0) {
        throw new ServiceError(
          'invalid_input',
          'Aucune ligne de ce fichier ne peut être importée : corrigez les lignes refusées, puis recommencez.',
        );
      }
      lc.db
        .transaction(() => {
          store(row, accepted, 'import', { fileName: input.fileName, imported: accepted.length, refused: preview.refused.length });
        })
        .immediate();
      return { ...preview, imported: accepted.length };
    },
  };
};

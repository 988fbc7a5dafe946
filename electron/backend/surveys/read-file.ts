import { parse } from 'csv-parse/sync';
import readXlsx from 'read-excel-file/node';
import type { ImportLine } from '../../../shared/domain/survey-import';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type Cell } from '../../../shared/domain/surveys';
import { ServiceError } from '../errors';

export type ReadTable = { headers: string[]; lines: ImportLine[] };

const refuse = (message: string): never => {
  throw new ServiceError('invalid_input', message, { content: message });
};

/** UTF-8 (with or without BOM), else Windows-1252, as French Excel saves a CSV. */
const decode = (bytes: Uint8Array): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
};

/** The separator of the header line outside quotes: `;` (French Excel), `,` (form tools) or a tab. */
const separatorOf = (text: string): string => {
  const firstLine = (text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((sep) => ({ sep, count: firstLine.split(sep).length - 1 }));
  return counts.reduce((best, c) => (c.count > best.count ? c : best)).sep;
};

const readCsv = (bytes: Uint8Array): ReadTable => {
  const text = decode(bytes);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse gives each record with the line it ended on; its types do not follow the option.
    records = parse(text, {
      delimiter: separatorOf(text),
      bom: true,
      relax_column_count: true,
      info: true,
      skip_empty_lines: false,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return refuse(
      `Ce fichier CSV est mal formé${line ? ` vers la ligne ${line}` : ''} (un guillemet non refermé ?) : exportez-le de nouveau depuis l’outil de formulaire.`,
    );
  }
  const [head, ...rest] = records;
  if (head === undefined) return refuse('Ce fichier est vide : il n’a pas de ligne d’en-tête.');
  return { headers: head.record.map((h) => h.trim()), lines: rest.map(({ record, info }) => ({ line: info.lines, cells: record })) };
};

const readSpreadsheet = async (bytes: Uint8Array): Promise<ReadTable> => {
  let sheets: Awaited<ReturnType<typeof readXlsx>>;
  try {
    sheets = await readXlsx(Buffer.from(bytes));
  } catch {
    return refuse(
      'Ce fichier n’est pas un classeur Excel (.xlsx) lisible : enregistrez-le de nouveau au format .xlsx, ou exportez-le en CSV.',
    );
  }
  const rows = sheets[0]?.data ?? [];
  const [head, ...rest] = rows;
  if (head === undefined) return refuse('La première feuille du classeur est vide : elle n’a pas de ligne d’en-tête.');
  return {
    headers: head.map((h) => (h === null ? '' : String(h).trim())),
    // Line 1 is the header: the first answer is on line 2, as the spreadsheet numbers it.
    lines: rest.map((cells, index) => ({ line: index + 2, cells: cells.map((cell) => cell as Cell) })),
  };
};

/**
 * The header and data lines of a form tool's export: `.xlsx` (first sheet) or `.csv`/`.txt`. Too
 * large, unreadable or empty files are refused in French, before anything is checked.
 */
export const readAnswersFile = async (fileName: string, bytes: Uint8Array): Promise<ReadTable> => {
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    refuse('Ce fichier dépasse 5 Mo : ce n’est pas un export de réponses. Vérifiez le fichier choisi.');
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'xls') refuse('Les classeurs .xls (Excel 97-2003) ne sont pas lus : enregistrez-le au format .xlsx, ou en CSV.');
  const table = extension === 'xlsx' ? await readSpreadsheet(bytes) : extension === 'csv' || extension === 'txt' ? readCsv(bytes) : null;
  if (table === null) return refuse('Choisissez un fichier .csv ou .xlsx exporté par votre outil de formulaire.');
  if (table.lines.length > MAX_IMPORT_ROWS)
    refuse(`Ce fichier compte plus de ${MAX_IMPORT_ROWS} réponses : importez-le en plusieurs fois.`);
  return table;
};

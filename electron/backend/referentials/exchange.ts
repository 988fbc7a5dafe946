import type { z } from 'zod';
import { REFERENTIAL_FORMAT, REFERENTIAL_FORMAT_VERSION } from '../../../shared/domain/referentials';
import { referentialFileSchema, type ReferentialFile } from '../../../shared/schemas/referentials';
import { ServiceError } from '../errors';

const NOTHING_IMPORTED = 'Rien n’a été importé.';

/** An import refusal: the whole message also sits on the `json` field, where the import form shows it. */
const refused = (message: string): ServiceError => {
  const full = `${message} ${NOTHING_IMPORTED}`;
  return new ServiceError('invalid_input', full, { json: full });
};

const fieldNames: Record<string, string> = {
  number: 'numéro',
  titleFr: 'titre français',
  titleEn: 'titre anglais',
  text: 'texte',
  parent: 'parent',
  code: 'code',
  name: 'nom',
  edition: 'édition',
  kind: 'type',
  base: 'référentiel de base',
  note: 'note',
  documentedInformation: 'informations documentées',
  majorOnly: 'NC majeure seulement',
};

/** Where a problem is, in the user's words: "Exigence n° 4 (« 8.3 »), titre français". */
const describePath = (path: readonly PropertyKey[], input: unknown): string => {
  const [section, index, field] = path;
  if (section === 'requirements' && typeof index === 'number') {
    const entries = (input as { requirements?: unknown } | null)?.requirements;
    const entry = Array.isArray(entries) ? (entries[index] as { number?: unknown } | undefined) : undefined;
    const number = typeof entry?.number === 'string' && entry.number.length <= 30 ? ` (« ${entry.number} »)` : '';
    const what = typeof field === 'string' ? `, ${fieldNames[field] ?? field}` : '';
    return `Exigence n° ${index + 1}${number}${what}`;
  }
  if (section === 'requirements') return 'Liste des exigences';
  if (section === 'referential') return `Référentiel${typeof index === 'string' ? `, ${fieldNames[index] ?? index}` : ''}`;
  return 'Fichier';
};

/** First problem of a file that does not fit the format, said so that the user can find it. */
const firstProblem = (error: z.ZodError, input: unknown): string => {
  const issue = error.issues[0];
  if (!issue) return 'Ce fichier n’est pas un référentiel Sève.';
  if (issue.path[0] === 'format' || issue.path[0] === 'formatVersion') return issue.message;
  if (issue.code === 'unrecognized_keys') return `${describePath(issue.path, input)} : champ inconnu (${issue.keys.join(', ')}).`;
  if (issue.code === 'invalid_type' && issue.path.length > 0 && issue.input === undefined) {
    return `${describePath(issue.path, input)} : information manquante.`;
  }
  const extra = error.issues.length > 1 ? ` (et ${error.issues.length - 1} autre(s) problème(s))` : '';
  return `${describePath(issue.path, input)} : ${issue.message}${extra}`;
};

/** Reads an exchange file; any problem is a French `invalid_input` naming the first faulty entry. */
export const parseReferentialFile = (json: string): ReferentialFile => {
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch {
    throw refused('Ce fichier n’est pas du JSON lisible : ce n’est pas un export de référentiel Sève (ou il est abîmé).');
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw refused(`Ce fichier n’est pas un référentiel Sève (format « ${REFERENTIAL_FORMAT} » attendu).`);
  }
  const parsed = referentialFileSchema.safeParse(input);
  if (!parsed.success) throw refused(firstProblem(parsed.error, input));
  return parsed.data;
};

/**
 * Writes an exchange file. Keys always in the same order, absent values omitted, two-space
 * indentation and a final newline: exporting the same referential twice gives the same bytes.
 */
export const serializeReferentialFile = (file: ReferentialFile): string => {
  const { code, name, edition, kind, base } = file.referential;
  const document = {
    format: REFERENTIAL_FORMAT,
    formatVersion: REFERENTIAL_FORMAT_VERSION,
    referential: { code, name, edition, kind, ...(base === undefined ? {} : { base }) },
    requirements: file.requirements.map(({ number, titleFr, titleEn, text, parent, note, documentedInformation, majorOnly }) => ({
      number,
      titleFr,
      ...(titleEn === undefined ? {} : { titleEn }),
      ...(text === undefined ? {} : { text }),
      ...(parent === undefined ? {} : { parent }),
      ...(note === undefined ? {} : { note }),
      ...(documentedInformation === undefined
        ? {}
        : { documentedInformation: documentedInformation.map(({ kind, what }) => ({ kind, what })) }),
      ...(majorOnly === undefined ? {} : { majorOnly }),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};

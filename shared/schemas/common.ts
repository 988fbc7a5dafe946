import { z } from 'zod';
import { isValidCalendarDate } from '../domain/dates';

// Every schema imports this module: zod's own messages (unknown key, wrong type…) speak French too.
z.config(z.locales.fr());

/** Database row id: a positive integer. */
export const idSchema = z
  .number({ error: 'Identifiant invalide.' })
  .int('Identifiant invalide.')
  .positive('Identifiant invalide.')
  .max(Number.MAX_SAFE_INTEGER, 'Identifiant invalide.');

/** The span of dates Sève accepts: a quality system's records, past and planned (and the file's CHECKs on years). */
export const MIN_CALENDAR_DATE = '2000-01-01';
export const MAX_CALENDAR_DATE = '2100-12-31';

/** A calendar date as `YYYY-MM-DD` that really exists (no 31 February), between 2000 and 2100. */
export const calendarDateSchema = z
  .string({ error: 'Date invalide.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Date invalide : utilisez le format JJ/MM/AAAA.')
  .refine(isValidCalendarDate, 'Cette date n’existe pas.')
  .refine(
    (value) => value >= MIN_CALENDAR_DATE && value <= MAX_CALENDAR_DATE,
    'La date doit être comprise entre le 1er janvier 2000 et le 31 décembre 2100.',
  );

// eslint-disable-next-line no-control-regex -- finding control characters is the point: they corrupt exports and PDFs.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const hasNoControlCharacters = (value: string): boolean => !CONTROL_CHARACTERS.test(value);

// Every way of breaking a line: a name or a title on two lines breaks headings, calendar exports and CSV rows.
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;
const isOneLine = (value: string): boolean => !LINE_BREAK.test(value);

const checkedText = (label: string, max: number, required: boolean, oneLine: boolean) => {
  const base = z.string({ error: required ? `${label} est obligatoire.` : `${label} est invalide.` }).trim();
  const text = (required ? base.min(1, `${label} est obligatoire.`) : base)
    .max(max, `${label} ne doit pas dépasser ${max} caractères.`)
    .refine(hasNoControlCharacters, `${label} contient des caractères invalides.`);
  // The mark travels into the JSON Schema of the contract (z.toJSONSchema), where the fuzz tests read it.
  return oneLine ? text.refine(isOneLine, `${label} doit tenir sur une seule ligne.`).meta({ singleLine: true }) : text;
};

const emptyAsNull = <T extends z.ZodType<string, string>>(text: T) =>
  text
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .transform((value) => value ?? null);

/** Required text that may run over several lines (a description, an analysis), trimmed, with a length limit. */
export const requiredText = (label: string, max: number) => checkedText(label, max, true, false);

/** Optional text over several lines: empty string becomes null. */
export const optionalText = (label: string, max: number) => emptyAsNull(checkedText(label, max, false, false));

/** Required single-line text (a name, a title, a label): no line break. */
export const requiredLine = (label: string, max: number) => checkedText(label, max, true, true);

/** Optional single-line text: empty string becomes null; no line break. */
export const optionalLine = (label: string, max: number) => emptyAsNull(checkedText(label, max, false, true));

/** Empty input for methods that take none. */
export const emptyInput = z.object({}).strict();

/** Input of methods that address one record. */
export const byIdSchema = z.object({ id: idSchema }).strict();

/**
 * A value a form starts empty (null) but that must be given: the input type allows null, so
 * the form can hold it, and null is refused with `missing` as the field's message.
 */
export const required = <T extends z.ZodType>(schema: T, missing: string) =>
  schema
    .nullable()
    .refine((value) => value !== null, missing)
    .transform((value) => value as z.output<T>);

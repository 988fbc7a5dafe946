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

/** A calendar date as `YYYY-MM-DD` that really exists (no 31 February). */
export const calendarDateSchema = z
  .string({ error: 'Date invalide.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Date invalide : utilisez le format JJ/MM/AAAA.')
  .refine(isValidCalendarDate, 'Cette date n’existe pas.');

// eslint-disable-next-line no-control-regex -- finding control characters is the point: they corrupt exports and PDFs.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const hasNoControlCharacters = (value: string): boolean => !CONTROL_CHARACTERS.test(value);

/** Required single-line text, trimmed, with a length limit. */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .trim()
    .min(1, `${label} est obligatoire.`)
    .max(max, `${label} ne doit pas dépasser ${max} caractères.`)
    .refine(hasNoControlCharacters, `${label} contient des caractères invalides.`);

/** Optional text: empty string becomes null. */
export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} est invalide.` })
    .trim()
    .max(max, `${label} ne doit pas dépasser ${max} caractères.`)
    .refine(hasNoControlCharacters, `${label} contient des caractères invalides.`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .transform((value) => value ?? null);

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

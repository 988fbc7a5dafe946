import { format } from 'date-fns';
import { dateInWords } from '../../../../shared/domain/dates';
/**
 * French typography for text typed by people in a hurry: what a printed quality manual would
 * show. Applied to prose only (titles, comments), never to references, file names or fingerprints.
 */

/** Espace fine insécable (U+202F): before ; : ! ? and inside « ». */
export const NNBSP = '\u202F';

const LETTER = '\\p{L}';

const rules: readonly [RegExp, string][] = [
  // l'accueil → l’accueil: the apostrophe between letters is typographic.
  [new RegExp(`(${LETTER})'(?=${LETTER})`, 'gu'), '$1’'],
  // "texte" → « texte »
  [/"([^"\n]+)"/gu, `«${NNBSP}$1${NNBSP}»`],
  // Spaces inside guillemets, whatever the user typed, become one narrow no-break space.
  [/«[ \u00A0\u202F]*/gu, `«${NNBSP}`],
  [/[ \u00A0\u202F]*»/gu, `${NNBSP}»`],
  // A space before ; : ! ? % € becomes narrow and unbreakable.
  [/[ \u00A0\u202F]+([;:!?%\u20AC])/gu, `${NNBSP}$1`],
  // "Attention!" → "Attention !", but "10:30", "https://" and "a?b" stay: only before a space or the end.
  [new RegExp(`([${'\\p{L}\\p{N}'}\\)\\]»…])([;:!?]+)(?=\\s|$|["»)])`, 'gu'), `$1${NNBSP}$2`],
  // Three dots are one ellipsis.
  [/\.\.\./gu, '…'],
];

// Most cells (names, dates, references) hold none of these: they skip the rules. Characters beyond
// Latin-1 are escaped in regular expressions: the PDF worker's bundle stays a one-byte string in V8.
const TRIGGERS = /['"«»;:!?%\u20AC.]/;

/** Applies the French rules to a piece of prose; idempotent. */
export const frenchTypography = (text: string): string =>
  TRIGGERS.test(text) ? rules.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text) : text;

const integerFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** "26 novembre 2026", "1er janvier 2026" (French ordinal on the first of the month). */
export const longDate = (calendarDate: string): string => dateInWords(calendarDate);

/** "26/11/2026"; an absent date prints as a dash. Rearranged rather than formatted: registers print thousands. */
export const shortDate = (calendarDate: string | null): string =>
  calendarDate === null ? '—' : `${calendarDate.slice(8, 10)}/${calendarDate.slice(5, 7)}/${calendarDate.slice(0, 4)}`;

/** "26 novembre 2026 à 11:00", "1er janvier 2027 à 09:05", in the computer's time zone (the one the user reads the clock in). */
export const dateTime = (instant: Date): string => `${dateInWords(format(instant, 'yyyy-MM-dd'))} à ${format(instant, 'HH:mm')}`;

/** "1 234" with a narrow no-break space, as French prints numbers. */
export const integer = (value: number): string => integerFormat.format(value).replace(/[\u00A0\u202F]/g, NNBSP);

/** "8,5" (one decimal at most), as French prints a mean. */
export const decimal = (value: number): string => decimalFormat.format(value).replace(/[\u00A0\u202F]/g, NNBSP);

/** "87,5 %". */
export const percent = (fraction: number): string => `${decimalFormat.format(fraction * 100).replace(/[\u00A0\u202F]/g, NNBSP)}${NNBSP}%`;

/** "1,2 Mo", "850 ko", "12 octets". */
export const fileSize = (bytes: number): string => {
  if (bytes < 1024) return `${integer(bytes)}${NNBSP}octet${bytes > 1 ? 's' : ''}`;
  if (bytes < 1024 * 1024) return `${decimalFormat.format(bytes / 1024)}${NNBSP}ko`;
  return `${decimalFormat.format(bytes / (1024 * 1024))}${NNBSP}Mo`;
};

import { isValid, parse } from 'date-fns';
import { fr } from 'date-fns/locale';
import { toCalendarDate } from '../domain/dates';

/**
 * A refusal's meaning, apart from its French words: a stable key and its parameters (numbers,
 * references, dates as `YYYY-MM-DD`). Sève writes its messages in French, where they are made; this
 * catalogue recognises the families they belong to, so the backend can send the key beside the
 * French text and the interface can say it in its own language. A message no entry recognises
 * stays French, which is the fallback.
 */
export type MessageDetail = { key: MessageKey; params: Record<string, string> };

type Entry = {
  /** The French message, with named groups for the parameters. */
  pattern: RegExp;
  /** The groups that hold a French date (« 1er septembre 2026 »), sent as `YYYY-MM-DD`. */
  dates?: readonly string[];
  en: string;
};

const DATE = '(?:1er|\\d{1,2}) [a-zéû]+ \\d{4}';

/** Every family of message the interface translates, most specific first. English templates take `{{name}}` parameters. */
const catalogue = {
  outOfOrder: {
    pattern: new RegExp(`^.+ \\((?<date>${DATE})\\) ne peut pas précéder .+ \\((?<before>${DATE})\\)\\.$`),
    dates: ['date', 'before'],
    en: 'This date ({{date}}) cannot come before {{before}}.',
  },
  inFuture: { pattern: /^.+ ne peut pas être dans le futur\.$/, en: 'This date cannot be in the future.' },
  required: { pattern: /^(?:.+ est obligatoire\.|Indiquez .+\.|Écrivez .+\.)$/, en: 'This is required.' },
  choose: { pattern: /^Choisissez .+\.$/, en: 'Choose one.' },
  tooLong: { pattern: /^.+ ne doit pas dépasser (?<max>\d+) caractères\.$/, en: 'At most {{max}} characters.' },
  oneLine: { pattern: /^.+ doit tenir sur une seule ligne\.$/, en: 'Keep this on one line.' },
  invalidCharacters: { pattern: /^.+ contient des caractères invalides\.$/, en: 'This contains characters that are not allowed.' },
  dateFormat: { pattern: /^Date invalide : utilisez le format JJ\/MM\/AAAA\.$/, en: 'Invalid date: use the DD/MM/YYYY format.' },
  dateMissing: { pattern: /^Cette date n’existe pas\.$/, en: 'This date does not exist.' },
  dateRange: {
    pattern: /^La date doit être comprise entre le 1er janvier 2000 et le 31 décembre 2100\.$/,
    en: 'The date must be between 1 January 2000 and 31 December 2100.',
  },
  invalid: { pattern: /^(?:Identifiant|Valeur|Date|Révision) invalides?\.$/, en: 'Invalid value.' },
  unknownRecord: { pattern: /^(?:Cette|Ce|Cet) .+ n’existe pas(?: dans l’annuaire)?\.$/, en: 'This record does not exist (any more).' },
  staleRevision: {
    pattern: /^.+ a été modifiée? entre-temps\. Rechargez la page.*$/,
    en: 'Someone changed this record in the meantime. Reload the page, then try again.',
  },
  formErrors: { pattern: /^Le formulaire contient des erreurs.*$/, en: 'The form has errors: correct the fields shown.' },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof catalogue;
export const messageKeys = Object.keys(catalogue) as MessageKey[];

const frenchDate = (text: string): string | null => {
  const parsed = parse(text.replace(/^1er /, '1 '), 'd MMMM yyyy', new Date(2000, 0, 1), { locale: fr });
  return isValid(parsed) ? toCalendarDate(parsed) : null;
};

/** The key and parameters of a French message, or null when it belongs to no known family. */
export const messageDetailOf = (message: string): MessageDetail | null => {
  for (const key of messageKeys) {
    const entry: Entry = catalogue[key];
    const match = entry.pattern.exec(message);
    if (!match) continue;
    const params: Record<string, string> = { ...match.groups };
    for (const name of entry.dates ?? []) {
      const iso = params[name] === undefined ? null : frenchDate(params[name]);
      if (iso === null) return null;
      params[name] = iso;
    }
    return { key, params };
  }
  return null;
};

/**
 * The English words of a known refusal; dates are written by `formatDate` in the reader's locale.
 * Null for a key this catalogue does not have (a newer backend): the French message then stands.
 */
export const englishMessage = (detail: MessageDetail, formatDate: (date: string) => string): string | null => {
  const entry: Entry | undefined = (catalogue as Record<string, Entry>)[detail.key];
  if (entry === undefined) return null;
  const dates = new Set(entry.dates ?? []);
  return entry.en.replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => {
    const value = detail.params[name] ?? '';
    return dates.has(name) ? formatDate(value) : value;
  });
};

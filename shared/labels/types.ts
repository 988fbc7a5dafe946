/**
 * The French and English words of one enumeration's values: the one source the renderer's i18n and
 * the PDFs read, so the screen and the printed page cannot disagree. `labels.test.ts` checks every
 * value has a word in both languages.
 */
export type Labels<T extends string> = { readonly fr: Readonly<Record<T, string>>; readonly en: Readonly<Record<T, string>> };

/** "À traiter" → "à traiter", for a label inside a sentence. */
export const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('fr-FR') + text.slice(1);

/** The same table with every word starting in lower case, for sentences ("constat à traiter"). */
export const inSentence = <T extends string>(table: Readonly<Record<T, string>>): Record<T, string> =>
  Object.fromEntries(Object.entries<string>(table).map(([key, word]) => [key, lowerFirst(word)])) as Record<T, string>;

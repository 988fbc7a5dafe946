import { NNBSP, decimal } from '../pdf/typography';

// The words the PDFs print for stored codes come from shared/labels, as the screens' do.

/** "à traiter" → "À traiter": a word at the start of a table cell. */
export const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);

/** "12 jours", "1 jour", "8,5 jours" (French keeps the singular below two). */
export const days = (count: number): string => `${decimal(count)}${NNBSP}jour${Math.abs(count) >= 2 ? 's' : ''}`;

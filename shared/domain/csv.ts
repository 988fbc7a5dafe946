import type { CalendarDate } from './dates';

/** Byte order mark: without it, Excel reads a CSV file as Windows-1252 and "échéance" turns to "Ã©chÃ©ance". */
export const UTF8_BOM = '\uFEFF';

// A cell starting with one of these is run as a formula by spreadsheets (CSV injection); a leading
// apostrophe makes it text. "- revoir la procédure" would otherwise show as #NOM? in Excel anyway.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: quoted, inner quotes doubled, and a would-be formula turned into text. */
export const csvField = (value: string): string => {
  const text = FORMULA_START.test(value) && !/^[+-]?\d+([.,]\d+)?$/.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
};

/** A CSV file as French Excel opens it: BOM, `;` between fields, CRLF after every line, every field quoted. */
export const toCsv = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  `${UTF8_BOM}${[header, ...rows].map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;

/** `2027-03-14` → `14/03/2027`, which French Excel reads as a date; empty for none. */
export const csvDate = (value: CalendarDate | null): string => {
  if (value === null) return '';
  const [year, month, day] = value.split('-');
  return `${day}/${month}/${year}`;
};

import { dateInWords, type CalendarDate } from '../dates';

const said = new Map<CalendarDate, string>();

/**
 * `dateInWords`, remembered: a large file's list repeats the same due dates thousands of times and
 * date-fns formats each one anew. Dates are few (a day per record's deadline), so the map stays small.
 */
export const inWords = (date: CalendarDate): string => {
  let words = said.get(date);
  if (words === undefined) {
    words = dateInWords(date);
    said.set(date, words);
  }
  return words;
};

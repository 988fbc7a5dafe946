import { addDays, format } from 'date-fns';
import { fromCalendarDate, type CalendarDate } from './dates';

/** One due date as an all-day calendar event. `uid` must stay the same export after export. */
export type CalendarEvent = { uid: string; date: CalendarDate; summary: string; description: string };

// eslint-disable-next-line no-control-regex -- RFC 5545 text may hold no control character but a tab.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * RFC 5545 text: backslash, semicolon and comma escaped, every line break (CRLF, a lone LF or a
 * lone CR, which would otherwise end the property and start whatever follows as a new one, and the
 * Unicode separators) written as \n, other control characters dropped.
 */
const escapeText = (text: string): string =>
  text
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\\n');

/** Bytes of one character in UTF-8 (shared/ has no TextEncoder: it runs everywhere). */
const utf8Length = (character: string): number => {
  const point = character.codePointAt(0) ?? 0;
  return point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
};

/** Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
const fold = (line: string): string => {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const character of line) {
    const width = utf8Length(character);
    if (size + width > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += character;
    size += width;
  }
  parts.push(current);
  return parts.join('\r\n ');
};

const basicDate = (date: CalendarDate): string => date.replace(/-/g, '');

/**
 * An iCalendar file of all-day events. Calendar apps match events by UID, so importing a newer
 * export updates the events instead of duplicating them. `stamp` is the export instant (UTC).
 */
export const toICalendar = (events: readonly CalendarEvent[], stamp: Date, calendarName: string): string => {
  const dtstamp = `${stamp.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sève//Système qualité//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${format(addDays(fromCalendarDate(event.date), 1), 'yyyyMMdd')}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
};

import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toICalendar } from '../../../../shared/domain/ics';

const stamp = new Date('2026-11-26T10:00:00Z');
const events = [
  {
    uid: 'document-review-12@seve',
    date: '2026-12-31',
    summary: 'Revue du document PR-001 — Accueil des salariés en insertion — œuvre',
    description: 'Référence : PR-001\nResponsable : Amélie Durand; processus, accueil',
  },
  {
    uid: 'audit-3@seve',
    date: '2027-02-15',
    summary: 'Audit de surveillance AUD-2027-01',
    description: 'Cèdre ISO 9001 — AFNOR Certification',
  },
];

describe('toICalendar', () => {
  it('parses in a real iCalendar parser: one all-day event per item, French text intact', () => {
    const calendar = new ICAL.Component(ICAL.parse(toICalendar(events, stamp, 'Sève — À faire')));
    const parsed = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(parsed.map((event) => [event.uid, event.startDate.toString(), event.endDate.toString(), event.startDate.isDate])).toEqual([
      ['document-review-12@seve', '2026-12-31', '2027-01-01', true],
      ['audit-3@seve', '2027-02-15', '2027-02-16', true],
    ]);
    expect(parsed[0]?.summary).toBe(events[0]?.summary);
    expect(parsed[0]?.description).toBe(events[0]?.description);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Sève — À faire');
  });

  it('keeps a lone CR, a lone LF and control characters inside the text: no event can be injected', () => {
    const injected = 'Accueil\rEND:VEVENT\rBEGIN:VEVENT\rUID:pirate\rSUMMARY:Faux\nsuite\u2028fin\u0007';
    const text = toICalendar([{ uid: 'action-1@seve', date: '2026-12-01', summary: injected, description: injected }], stamp, 'Sève');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).not.toContain('\u0007');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const parsed = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(parsed.map((event) => event.uid)).toEqual(['action-1@seve']);
    expect(parsed[0]?.summary).toBe('Accueil\nEND:VEVENT\nBEGIN:VEVENT\nUID:pirate\nSUMMARY:Faux\nsuite\nfin');
  });

  it('uses CRLF and folds long lines at 75 octets without splitting a character', () => {
    const text = toICalendar([{ ...events[0]!, summary: 'é'.repeat(120) }], stamp, 'x');
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!).summary).toBe('é'.repeat(120));
  });

  it('gives the same UIDs when exported twice', () => {
    const uids = (text: string) => text.split('\r\n').filter((line) => line.startsWith('UID:'));
    expect(uids(toICalendar(events, stamp, 'x'))).toEqual(uids(toICalendar(events, new Date('2027-01-01T00:00:00Z'), 'x')));
  });
});

import { addDays, differenceInCalendarDays } from 'date-fns';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './dates';

/** Who complains: a client or user, a salarié en insertion, a partner or prescriber, someone else. */
export const complainantKinds = ['client', 'salarie', 'partenaire', 'autre'] as const;
export type ComplainantKind = (typeof complainantKinds)[number];

export const complaintChannels = ['courrier', 'courriel', 'telephone', 'en_personne', 'formulaire', 'autre'] as const;
export type ComplaintChannel = (typeof complaintChannels)[number];

/** The analysis's verdict: the réclamation is founded (something went wrong on the structure's side) or not. */
export const complaintFoundedValues = ['fondee', 'non_fondee'] as const;
export type ComplaintFounded = (typeof complaintFoundedValues)[number];

/** Where a réclamation stands against its response due date. */
export const complaintStates = ['ouverte', 'en_retard', 'repondue', 'repondue_en_retard'] as const;
export type ComplaintState = (typeof complaintStates)[number];

/** Calendar days from receipt to response (received on the 3rd, answered on the 15th: 12 days); null while unanswered. */
export const responseTimeDays = (receivedOn: CalendarDate, respondedOn: CalendarDate | null): number | null =>
  respondedOn === null ? null : differenceInCalendarDays(fromCalendarDate(respondedOn), fromCalendarDate(receivedOn));

/** Open or answered, on time or late; an unanswered réclamation is late the day after its due date. */
export const complaintState = (
  complaint: { responseDue: CalendarDate; respondedOn: CalendarDate | null },
  today: CalendarDate,
): ComplaintState => {
  if (complaint.respondedOn !== null) return complaint.respondedOn > complaint.responseDue ? 'repondue_en_retard' : 'repondue';
  return today > complaint.responseDue ? 'en_retard' : 'ouverte';
};

/** Average (one decimal) and median of response times in days; null when no réclamation was answered. */
export const responseTimeFigures = (days: readonly number[]): { average: number; median: number } | null => {
  if (days.length === 0) return null;
  const sorted = [...days].sort((a, z) => a - z);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { average: Math.round((sorted.reduce((sum, d) => sum + d, 0) / sorted.length) * 10) / 10, median };
};

/** Days a réclamation's answer is expected in by default: the usual fortnight, which the user may change. */
export const DEFAULT_RESPONSE_DAYS = 15;

/** The answer's default due date: a fortnight after the réclamation was received. */
export const defaultResponseDue = (receivedOn: CalendarDate): CalendarDate =>
  toCalendarDate(addDays(fromCalendarDate(receivedOn), DEFAULT_RESPONSE_DAYS));

import { differenceInCalendarDays } from 'date-fns';
import { fromCalendarDate, type CalendarDate } from './dates';

/** Who complains: a client or user, a salarié en insertion, a partner or prescriber, someone else. */
export const complainantKinds = ['client', 'salarie', 'partenaire', 'autre'] as const;
export type ComplainantKind = (typeof complainantKinds)[number];

export const complaintChannels = ['courrier', 'courriel', 'telephone', 'en_personne', 'formulaire', 'autre'] as const;
export type ComplaintChannel = (typeof complaintChannels)[number];

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

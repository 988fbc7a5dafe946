import type { TFunction } from 'i18next';
import { toICalendar } from '../../../../shared/domain/ics';
import type { Agenda } from '../../../../shared/schemas/agenda';
import { saveBytes } from '../../api/save';
import { itemSentence } from './sentence';

/**
 * Saves the agenda as an .ics file: one all-day event per due date, its UID built from the record
 * (`action:42@seve`) so a calendar app updates rather than duplicates on the next import.
 */
export const exportIcs = (t: TFunction, agenda: Agenda, fileName: string): number => {
  const events = agenda.items.map((item) => ({
    uid: `${item.key.replace(':', '-')}@seve`,
    date: item.due,
    summary: itemSentence(t, item),
    description: [
      item.reference && `${t(`agenda.kinds.${item.kind}`)} ${item.reference}`,
      item.responsibleName && `${t('agenda.who')} : ${item.responsibleName}`,
    ]
      .filter(Boolean)
      .join('\n'),
  }));
  saveBytes(fileName, 'text/calendar;charset=utf-8', new TextEncoder().encode(toICalendar(events, new Date(), t('agenda.calendarName'))));
  return events.length;
};

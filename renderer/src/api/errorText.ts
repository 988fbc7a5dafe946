import { useTranslation } from 'react-i18next';
import { englishMessage, messageDetailOf, type MessageDetail } from '../../../shared/api/messages';
import { useLocale } from '../i18n';
import { formatCalendarDate } from '../i18n/format';

export type ErrorText = (message: string, detail?: MessageDetail) => string;

/**
 * A refusal in the interface's language: French as the backend wrote it, or in English from the
 * message's key and parameters (sent by the backend, or recognised here for the forms' own checks).
 * A message no family of the catalogue knows stays French.
 */
export const useErrorText = (): ErrorText => {
  const { i18n } = useTranslation();
  const { dateLocale } = useLocale();
  return (message, detail) => {
    if (i18n.language !== 'en') return message;
    const known = detail ?? messageDetailOf(message);
    return (known && englishMessage(known, (date) => formatCalendarDate(date, dateLocale))) ?? message;
  };
};

import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { fileSizeParts } from './size';

/** "1,2 Mo", "512 octets" in French; "1.2 MB", "512 bytes" in English. */
export const useFormatFileSize = () => {
  const { t } = useTranslation();
  const { tag } = useLocale();
  return (bytes: number): string => {
    const { unit, value } = fileSizeParts(bytes);
    if (unit === 'bytes') return t('files.sizeUnit.bytes', { count: value });
    return t(`files.sizeUnit.${unit}`, { value: new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(value) });
  };
};

// Names come from the user's own disk; invisible and direction-changing characters would only garble the list.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** A local file's name as the list shows it while it is being sent. */
export const displayName = (name: string): string => name.replace(INVISIBLE, '') || '—';

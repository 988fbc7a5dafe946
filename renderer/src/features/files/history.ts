import { useTranslation } from 'react-i18next';
import { useFormatFileSize } from './format';

const fileFields = ['fileName', 'size', 'sha256', 'indice'] as const;
type FileField = (typeof fileFields)[number];
const isFileField = (field: string): field is FileField => (fileFields as readonly string[]).includes(field);

/**
 * For a history timeline showing `file_add` / `file_remove` entries: the label and the reading of
 * the fields they record, or null for any other field (so the page can fall back to its own).
 */
export const useFileHistoryFormat = () => {
  const { t } = useTranslation();
  const formatSize = useFormatFileSize();
  return {
    label: (field: string): string | null => (isFileField(field) ? t(`files.historyField.${field}`) : null),
    value: (field: string, value: unknown): string | null => (field === 'size' && typeof value === 'number' ? formatSize(value) : null),
  };
};

import type { TFunction } from 'i18next';

/** How a value recorded in a referential's or a requirement's history reads. */
export const formatHistoryValue =
  (t: TFunction) =>
  (field: string, value: unknown): string => {
    if (typeof value === 'boolean') {
      if (field === 'applicable') return value ? t('referentials.applicable') : t('referentials.nonApplicable');
      return value ? t('referentials.yes') : t('referentials.no');
    }
    if (field === 'kind' && (value === 'norme' || value === 'schema')) return t(`referentials.kind.${value}`);
    if (field === 'source' && (value === 'livre' || value === 'utilisateur' || value === 'importe'))
      return t(`referentials.source.${value}`);
    return String(value);
  };

/** Label of a field recorded in history; unknown fields read as recorded. */
export const historyFieldLabel =
  (t: TFunction) =>
  (field: string): string =>
    t(`referentials.field.${field}` as 'referentials.field.name', { defaultValue: field });

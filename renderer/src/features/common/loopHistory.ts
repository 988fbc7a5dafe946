import { useTranslation } from 'react-i18next';
import { actionSources, actionStatuses, actionTypes } from '../../../../shared/domain/actions';
import { complainantKinds, complaintChannels, complaintFoundedValues } from '../../../../shared/domain/complaints';
import {
  analysisMethods,
  effectivenessVerdicts,
  nonconformitySeverities,
  nonconformitySources,
  nonconformityStatuses,
} from '../../../../shared/domain/nonconformities';
import { suggestionKinds, suggestionStatuses } from '../../../../shared/domain/suggestions';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { useFileHistoryFormat } from '../files/history';

const isIn = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);
const dateFields = new Set([
  'detectedOn',
  'correctionOn',
  'analysedOn',
  'dueDate',
  'openedOn',
  'doneOn',
  'abandonedOn',
  'triagedOn',
  'checkPlannedOn',
  'checkedOn',
  'closedOn',
  'receivedOn',
  'responseDue',
  'respondedOn',
  'suggestedOn',
]);

/**
 * How the timelines of the loop (nonconformity, action, réclamation, fiche) read: field labels and
 * values in words. Statuses of nonconformities and of actions use different words, so a value
 * tells which it is.
 */
export const useLoopHistoryFormat = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const files = useFileHistoryFormat();
  const labels: Record<string, string> = {
    ...t('nonconformities.field', { returnObjects: true }),
    ...t('actions.field', { returnObjects: true }),
    ...t('complaints.field', { returnObjects: true }),
    ...t('suggestions.field', { returnObjects: true }),
    ...t('nonconformities.historyField', { returnObjects: true }),
    status: t('nonconformities.field.status'),
  };
  return {
    label: (field: string): string => files.label(field) ?? labels[field] ?? field,
    value: (field: string, value: unknown): string => {
      const fileValue = files.value(field, value);
      if (fileValue !== null) return fileValue;
      if (typeof value !== 'string') return String(value);
      if (dateFields.has(field)) return formatCalendarDate(value, dateLocale);
      if (isIn(nonconformityStatuses, value)) return t(`nonconformities.status.${value}`);
      if (isIn(actionStatuses, value)) return t(`actions.status.${value}`);
      if (field === 'severity' && isIn(nonconformitySeverities, value)) return t(`nonconformities.severity.${value}`);
      if (field === 'source' && isIn(nonconformitySources, value)) return t(`nonconformities.source.${value}`);
      if (field === 'source' && isIn(actionSources, value)) return t(`actions.source.${value}`);
      if (field === 'type' && isIn(actionTypes, value)) return t(`actions.type.${value}`);
      if (field === 'method' && isIn(analysisMethods, value)) return t(`nonconformities.analysis.methods.${value}`);
      if (field === 'verdict' && isIn(effectivenessVerdicts, value)) return t(`nonconformities.check.verdicts.${value}`);
      if (field === 'complainantKind' && isIn(complainantKinds, value)) return t(`complaints.complainantKind.${value}`);
      if (field === 'channel' && isIn(complaintChannels, value)) return t(`complaints.channel.${value}`);
      if (field === 'founded' && isIn(complaintFoundedValues, value)) return t(`complaints.founded.${value}`);
      if (field === 'kind' && isIn(suggestionKinds, value)) return t(`suggestions.kind.${value}`);
      if (field === 'status' && isIn(suggestionStatuses, value)) return t(`suggestions.status.${value}`);
      return value;
    },
  };
};

import { useTranslation } from 'react-i18next';
import { actionStatuses } from '../../../../shared/domain/actions';
import { issueEffects, issueGroupings, issueNatures } from '../../../../shared/domain/issues';
import { partyRelevances } from '../../../../shared/domain/parties';
import { registerStatuses } from '../../../../shared/domain/register-life';
import { riskKinds, riskOrigins, riskTreatments } from '../../../../shared/domain/risks';
import { watchDecisions, watchDomains, watchFrequencies, watchImpacts } from '../../../../shared/domain/watch';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { useFileHistoryFormat } from '../files/history';

const isIn = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);
const isDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * How the timelines of the context registers (issue, party, risk, watch source and item) read: the
 * field labels of their forms, dates in words, and every stored code in the user's words.
 */
export const useContextHistoryFormat = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const files = useFileHistoryFormat();
  const labels: Record<string, string> = {
    ...t('watch.field', { returnObjects: true }),
    ...t('risks.field', { returnObjects: true }),
    ...t('parties.field', { returnObjects: true }),
    ...t('issues.field', { returnObjects: true }),
    ...t('issues.historyField', { returnObjects: true }),
    reviewedOn: t('issues.life.reviewedOn'),
    action: t('actions.field.reference'),
    requirement: t('referentials.links.title'),
    climateAnsweredOn: t('issues.climate.answeredOn'),
    climateRelevant: t('issues.climate.title'),
    climateJustification: t('issues.climate.justification'),
  };
  const words = (field: string, value: string): string | null => {
    if (field === 'nature' && isIn(issueNatures, value)) return t(`issues.nature.${value}`);
    if (field === 'effect' && isIn(issueEffects, value)) return t(`issues.effect.${value}`);
    if (field === 'contextGrouping' && isIn(issueGroupings, value)) return t(`issues.groupingOption.${value}`);
    if (field === 'status' && isIn(registerStatuses, value)) return t(`issues.status.${value}`);
    if (field === 'status' && isIn(actionStatuses, value)) return t(`actions.status.${value}`);
    if (field === 'relevance' && isIn(partyRelevances, value)) return t(`parties.relevance.${value}`);
    if (field === 'kind' && isIn(riskKinds, value)) return t(`risks.kind.${value}`);
    if (field === 'origin' && isIn(riskOrigins, value)) return t(`risks.origin.${value}`);
    if (field === 'treatment' && isIn(riskTreatments, value)) return t(`risks.treatment.${value}`);
    if (field === 'domain' && isIn(watchDomains, value)) return t(`watch.domain.${value}`);
    if (field === 'frequency' && isIn(watchFrequencies, value)) return t(`watch.frequency.${value}`);
    if (field === 'impact' && isIn(watchImpacts, value)) return t(`watch.impact.${value}`);
    if (field === 'decision' && isIn(watchDecisions, value)) return t(`watch.decision.${value}`);
    return isDate(value) ? formatCalendarDate(value, dateLocale) : null;
  };
  return {
    label: (field: string): string => files.label(field) ?? labels[field] ?? field,
    value: (field: string, value: unknown): string => {
      const fileValue = files.value(field, value);
      if (fileValue !== null) return fileValue;
      if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
      if (typeof value !== 'string') return String(value);
      return words(field, value) ?? value;
    },
  };
};

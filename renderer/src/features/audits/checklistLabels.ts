import type { TFunction } from 'i18next';
import { checklistResults } from '../../../../shared/domain/audits';

/** The select's key for "no result yet" (a result is null until the question is asked). */
export const UNANSWERED = 'a_renseigner';

export const resultOptions = (t: TFunction) => [
  { id: UNANSWERED, label: t('audits.checklist.unanswered') },
  ...checklistResults.map((result) => ({ id: result, label: t(`audits.checklist.results.${result}`) })),
];

import { useTranslation } from 'react-i18next';

/**
 * Applicability in words with an icon, so it reads without colour. In a tree only "non applicable"
 * is flagged (the usual case needs no badge); a requirement page shows both states.
 */
export const ApplicabilityBadge = ({ applicable, showApplicable = false }: { applicable: boolean; showApplicable?: boolean }) => {
  const { t } = useTranslation();
  if (applicable && !showApplicable) return null;
  return (
    <span className={`badge ${applicable ? 'badge--applicable' : 'badge--non-applicable'}`}>
      <span aria-hidden="true">{applicable ? '✓ ' : '⊘ '}</span>
      {applicable ? t('referentials.applicable') : t('referentials.nonApplicable')}
    </span>
  );
};

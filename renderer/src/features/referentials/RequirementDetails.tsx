import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RequirementDetail } from '../../../../shared/schemas/referentials';
import { ApplicabilityBadge } from './ApplicabilityBadge';

/** Where a requirement sits (its referential, its parent), its note and text, and whether it applies. */
export const RequirementDetails = ({ requirement }: { requirement: RequirementDetail }) => {
  const { t } = useTranslation();
  return (
    <section aria-label={t('referentials.requirementDetails')}>
      <dl className="details">
        <dt>{t('referentials.field.referential')}</dt>
        <dd>
          <Link to={`/referentiels/${requirement.referentialId}`}>{requirement.referentialName}</Link>
        </dd>
        <dt>{t('referentials.field.parent')}</dt>
        <dd>
          {requirement.parent ? (
            <Link to={`/exigences/${requirement.parent.id}`}>
              {requirement.parent.number} {requirement.parent.titleFr}
            </Link>
          ) : (
            t('common.none')
          )}
        </dd>
        {requirement.note && (
          <>
            <dt>{t('referentials.field.note')}</dt>
            <dd className="requirement-note">{requirement.note}</dd>
          </>
        )}
        {requirement.majorOnly && (
          <>
            <dt>{t('referentials.field.majorOnly')}</dt>
            <dd>{t('referentials.majorOnlyText')}</dd>
          </>
        )}
        <dt>{t('referentials.field.text')}</dt>
        <dd className="justification">{requirement.text ?? t('referentials.noText')}</dd>
        <dt>{t('referentials.field.applicable')}</dt>
        <dd>
          <ApplicabilityBadge applicable={requirement.applicable} showApplicable />
        </dd>
        {!requirement.applicable && (
          <>
            <dt>{t('referentials.field.justification')}</dt>
            <dd className="justification">{requirement.nonApplicableJustification}</dd>
          </>
        )}
      </dl>
    </section>
  );
};

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CyclePlan } from '../../../../shared/schemas/audits';

/**
 * What the scheme's rules say is wrong or at risk in the cycle (a year without audit, an audit
 * outside its window, a renewal too close to expiry, a major NC not verified in time…), in words,
 * each with its audit when it has one. The same sentences appear in "À faire".
 */
export const CycleWarnings = ({ warnings }: { warnings: CyclePlan['warnings'] }) => {
  const { t } = useTranslation();
  if (warnings.length === 0) return <p className="cycle-warnings__none">{t('certifications.warnings.none')}</p>;
  return (
    <ul className="cycle-warnings" aria-label={t('certifications.warnings.list')}>
      {warnings.map((warning) => (
        <li key={warning.key} className="cycle-warnings__item">
          <span aria-hidden="true">⚠ </span>
          {warning.message}
          {warning.auditId !== null && (
            <>
              {' '}
              <Link to={`/audits/${warning.auditId}`}>{t('certifications.warnings.audit')}</Link>
            </>
          )}
        </li>
      ))}
    </ul>
  );
};

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeRules } from '../../../../shared/domain/certification-words';
import type { Certification } from '../../../../shared/schemas/audits';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { CertificationStatusBadge } from './labels';

/** The certificate's record: scheme, referential, body, number, dates, status and group. */
export const CertificationDetails = ({ certification }: { certification: Certification }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));
  return (
    <section aria-label={t('certifications.details')}>
      <dl className="details">
        <dt>{t('certifications.field.scheme')}</dt>
        <dd>{certification.scheme}</dd>
        <dt>{t('certifications.field.referential')}</dt>
        <dd>
          {certification.referentialId === null ? (
            t('common.none')
          ) : (
            <Link to={`/referentiels/${certification.referentialId}`}>{certification.referentialName}</Link>
          )}
        </dd>
        <dt>{t('certifications.field.body')}</dt>
        <dd>{certification.body ?? t('common.none')}</dd>
        <dt>{t('certifications.field.certificateNumber')}</dt>
        <dd>{certification.certificateNumber ?? t('common.none')}</dd>
        <dt>{t('certifications.field.decisionDate')}</dt>
        <dd>{date(certification.decisionDate)}</dd>
        <dt>{t('certifications.field.expiryDate')}</dt>
        <dd>{date(certification.expiryDate)}</dd>
        <dt>{t('certifications.field.status')}</dt>
        <dd>
          <CertificationStatusBadge status={certification.status} />
        </dd>
        <dt>{t('certifications.field.rules')}</dt>
        <dd>
          {describeRules(certification.rules, certification.rules.family)}{' '}
          {t('certifications.rules.marginLine', { months: String(certification.rules.renewalMarginMonths) })}
        </dd>
        <dt>{t('certifications.field.group')}</dt>
        <dd>{certification.isGroup ? certification.groupName : t('certifications.notGroup')}</dd>
        {certification.isGroup && (
          <>
            <dt>{t('certifications.field.centralFunction')}</dt>
            <dd>{certification.centralFunction ?? t('common.none')}</dd>
            <dt>{t('certifications.field.otherMembers')}</dt>
            <dd className="pre-line">{certification.otherMembers ?? t('common.none')}</dd>
          </>
        )}
      </dl>
    </section>
  );
};

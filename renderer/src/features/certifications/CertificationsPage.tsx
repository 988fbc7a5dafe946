import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/States';
import { useCertifications } from '../common/lookups';
import { CertificationStatusBadge } from './labels';
import { QueryFallback } from '../../ui/list/QueryView';

/** Every certificate of the file, with its body, number, validity and status. */
export const CertificationsPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const location = useLocation();
  const certifications = useCertifications();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));

  const content = () => {
    if (!certifications.isSuccess) return <QueryFallback query={certifications} />;
    if (certifications.data.length === 0) {
      return (
        <EmptyState
          title={t('certifications.emptyTitle')}
          action={
            <Link className="button button--primary" to="/certifications/nouvelle">
              {t('certifications.new')}
            </Link>
          }
        >
          {t('certifications.emptyText')}
        </EmptyState>
      );
    }
    return (
      <div className="table-scroller" role="region" aria-label={t('certifications.list')} tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('certifications.field.scheme')}</th>
              <th scope="col">{t('certifications.field.body')}</th>
              <th scope="col">{t('certifications.field.certificateNumber')}</th>
              <th scope="col">{t('certifications.field.validity')}</th>
              <th scope="col">{t('certifications.field.status')}</th>
            </tr>
          </thead>
          <tbody>
            {certifications.data.map((certification) => (
              <tr key={certification.id}>
                <td className="col-title">
                  <Link to={`/certifications/${certification.id}`}>{certification.scheme}</Link>
                  {certification.isGroup && <span className="link-list__meta"> — {certification.groupName}</span>}
                </td>
                <td>{certification.body ?? t('common.none')}</td>
                <td>{certification.certificateNumber ?? t('common.none')}</td>
                <td className="nowrap">
                  {t('certifications.decisionToExpiry', {
                    decision: date(certification.decisionDate),
                    expiry: date(certification.expiryDate),
                  })}
                </td>
                <td>
                  <CertificationStatusBadge status={certification.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  };

  return (
    <>
      <PageHeader
        title={t('certifications.title')}
        subtitle={t('certifications.subtitle')}
        actions={
          <Link className="button button--primary" to="/certifications/nouvelle">
            {t('certifications.new')}
          </Link>
        }
      />
      <Notice message={arrivalNotice} />
      {content()}
    </>
  );
};

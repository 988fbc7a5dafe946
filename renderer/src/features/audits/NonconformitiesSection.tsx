import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { useNonconformityGlance } from './hooks';
import { QueryFallback } from '../../ui/list/QueryView';

/** How many of them the section lists; the register (filtered) holds the rest. */
const GLANCE = 20;

/** The nonconformities still to be treated, the latest first, each linked to the audit whose finding opened it. */
export const NonconformitiesSection = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const list = useNonconformityGlance({ status: 'a_traiter', limit: GLANCE });
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));

  const content = () => {
    if (!list.isSuccess) return <QueryFallback query={list} />;
    if (list.data.items.length === 0) return <p>{t('audits.nonconformities.empty')}</p>;
    return (
      <div className="table-scroller table-scroller--auto" role="region" aria-label={t('audits.nonconformities.table')} tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('audits.nonconformities.reference')}</th>
              <th scope="col">{t('audits.nonconformities.severity')}</th>
              <th scope="col">{t('audits.nonconformities.description')}</th>
              <th scope="col">{t('audits.nonconformities.process')}</th>
              <th scope="col">{t('audits.nonconformities.audit')}</th>
              <th scope="col">{t('audits.nonconformities.detectedOn')}</th>
              <th scope="col">{t('audits.nonconformities.responseDue')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((nc) => (
              <tr key={nc.id}>
                <td className="nowrap">
                  <Link to={`/non-conformites/${nc.id}`} className="reference">
                    {nc.reference}
                  </Link>
                </td>
                <td className="nowrap">{t(`audits.nonconformities.severities.${nc.severity}`)}</td>
                <td className="col-title">{nc.description}</td>
                <td>{nc.processName ?? t('common.none')}</td>
                <td className="nowrap">
                  {nc.finding ? (
                    <Link to={`/audits/${nc.finding.auditId}`} className="reference">
                      {nc.finding.auditReference}
                    </Link>
                  ) : (
                    t('common.none')
                  )}
                </td>
                <td className="nowrap">{date(nc.detectedOn)}</td>
                <td className="nowrap">{date(nc.finding?.responseDue ?? null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  };

  return (
    <section className="section" aria-labelledby="nc-to-treat">
      <h2 id="nc-to-treat">{t('audits.nonconformities.title')}</h2>
      <p className="form__help">{t('audits.nonconformities.help')}</p>
      {content()}
      {list.isSuccess && list.data.total > list.data.items.length && (
        <p>
          <Link to="/non-conformites?statut=a_traiter">{t('audits.nonconformities.all', { count: list.data.total })}</Link>
        </p>
      )}
    </section>
  );
};

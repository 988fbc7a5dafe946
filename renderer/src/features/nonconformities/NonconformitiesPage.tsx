import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { nonconformitySources, nonconformityStatuses } from '../../../../shared/domain/nonconformities';
import type { NonconformitySummary } from '../../../../shared/schemas/nonconformities';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { EmptyState, ErrorState, Loading } from '../../ui/States';
import { useNonconformityList } from './hooks';
import { ncOptions } from './labels';
import './nonconformities.css';

const ALL = 'all';

/** The register of nonconformities: where each one comes from, how serious it is, and where it stands in the loop. */
export const NonconformitiesPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const [params, setParams] = useSearchParams();
  const query = {
    status: nonconformityStatuses.find((status) => status === params.get('statut')),
    source: nonconformitySources.find((source) => source === params.get('origine')),
  };
  const list = useNonconformityList(query);
  const options = ncOptions(t);
  const all = { id: ALL, label: t('common.all') };
  const set = (key: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === null || value === ALL) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const origin = (nc: NonconformitySummary) => {
    if (nc.finding) return <Link to={`/audits/${nc.finding.auditId}`}>{nc.finding.auditReference}</Link>;
    if (nc.complaint) return <Link to={`/reclamations/${nc.complaint.id}`}>{nc.complaint.reference}</Link>;
    return null;
  };

  const content = () => {
    if (list.isPending) return <Loading />;
    if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
    if (list.data.length === 0 && !query.status && !query.source) {
      return <EmptyState title={t('nonconformities.emptyTitle')}>{t('nonconformities.emptyText')}</EmptyState>;
    }
    if (list.data.length === 0) {
      return (
        <EmptyState
          title={t('nonconformities.noMatch')}
          action={<Button onPress={() => setParams(new URLSearchParams(), { replace: true })}>{t('nonconformities.clearFilters')}</Button>}
        />
      );
    }
    return (
      <>
        <p className="count" role="status">
          {t('nonconformities.count', { count: list.data.length })}
        </p>
        <div className="table-scroller table-scroller--auto" role="region" aria-label={t('nonconformities.list')} tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('nonconformities.field.reference')}</th>
                <th scope="col">{t('nonconformities.field.severity')}</th>
                <th scope="col">{t('nonconformities.field.description')}</th>
                <th scope="col">{t('nonconformities.field.source')}</th>
                <th scope="col">{t('nonconformities.field.process')}</th>
                <th scope="col">{t('nonconformities.field.detectedOn')}</th>
                <th scope="col">{t('nonconformities.field.status')}</th>
                <th scope="col">{t('nonconformities.field.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((nc) => (
                <tr key={nc.id}>
                  <td className="nowrap">
                    <Link to={`/non-conformites/${nc.id}`} className="reference">
                      {nc.reference}
                    </Link>
                  </td>
                  <td className="nowrap">{t(`nonconformities.severity.${nc.severity}`)}</td>
                  <td className="col-title">{nc.description}</td>
                  <td>
                    {t(`nonconformities.source.${nc.source}`)} {origin(nc)}
                  </td>
                  <td>{nc.processName ?? t('common.none')}</td>
                  <td className="nowrap">{formatCalendarDate(nc.detectedOn, dateLocale)}</td>
                  <td className="nowrap">
                    <span className={`badge badge--nc-${nc.status}`}>{t(`nonconformities.status.${nc.status}`)}</span>
                  </td>
                  <td>
                    {nc.status === 'close' && nc.closedOn
                      ? t('nonconformities.closure.closedOn', { date: formatCalendarDate(nc.closedOn, dateLocale) })
                      : [
                          nc.actionCount > 0
                            ? t('nonconformities.progress', { done: String(nc.actionsFinished), total: String(nc.actionCount) })
                            : null,
                          nc.checkPlannedOn
                            ? t('nonconformities.checkOn', { date: formatCalendarDate(nc.checkPlannedOn, dateLocale) })
                            : null,
                        ]
                          .filter(Boolean)
                          .join(' · ') || t('common.none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    );
  };

  return (
    <>
      <PageHeader
        title={t('nonconformities.title')}
        subtitle={t('nonconformities.subtitle')}
        actions={
          <Link className="button button--primary" to="/non-conformites/nouvelle">
            {t('nonconformities.new')}
          </Link>
        }
      />
      <section className="filters" aria-label={t('nonconformities.filters')}>
        <SelectField
          label={t('nonconformities.field.status')}
          options={[all, ...options.statuses]}
          value={query.status ?? ALL}
          onChange={(value) => set('statut', value)}
        />
        <SelectField
          label={t('nonconformities.field.source')}
          options={[all, ...options.sources]}
          value={query.source ?? ALL}
          onChange={(value) => set('origine', value)}
        />
      </section>
      {content()}
    </>
  );
};

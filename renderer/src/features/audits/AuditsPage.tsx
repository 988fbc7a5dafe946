import { useTranslation } from 'react-i18next';
import { Checkbox } from 'react-aria-components';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { MethodInput } from '../../../../shared/api/contract';
import { todayOnThisComputer } from '../../app/today';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { EmptyState, ErrorState, Loading } from '../../ui/States';
import { useCertifications } from '../certifications/hooks';
import { AuditsTable } from './AuditsTable';
import { useAuditList } from './hooks';
import { NonconformitiesSection } from './NonconformitiesSection';

const ALL = 'all';
const positive = (value: string | null): number | undefined => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
};

/** Filters live in the URL, so coming back to the list keeps them. */
const useFilters = () => {
  const [params, setParams] = useSearchParams();
  const query: MethodInput<'audits.list'> = {
    year: positive(params.get('annee')),
    certificationId: positive(params.get('certification')),
    includeCancelled: params.get('annules') === '1' || undefined,
  };
  const set = (key: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === null || value === '' || value === ALL) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const isFiltered = [...params.keys()].length > 0;
  return { query, set, isFiltered, clear: () => setParams(new URLSearchParams(), { replace: true }) };
};

/** The audits, filtered by year and certification, and the nonconformities their findings opened. */
export const AuditsPage = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const { query, set, isFiltered, clear } = useFilters();
  const list = useAuditList(query);
  const certifications = useCertifications();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;
  const thisYear = Number(todayOnThisComputer().slice(0, 4));
  const years = Array.from({ length: 10 }, (_, index) => String(thisYear + 4 - index));

  const content = () => {
    if (list.isPending) return <Loading />;
    if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
    if (list.data.length === 0 && !isFiltered) {
      return (
        <EmptyState
          title={t('audits.emptyTitle')}
          action={
            <Link className="button button--primary" to="/audits/nouveau">
              {t('audits.new')}
            </Link>
          }
        >
          {t('audits.emptyText')}
        </EmptyState>
      );
    }
    if (list.data.length === 0) {
      return <EmptyState title={t('audits.noMatch')} action={<Button onPress={clear}>{t('audits.clearFilters')}</Button>} />;
    }
    return (
      <>
        <p className="count" role="status">
          {t('audits.count', { count: list.data.length })}
        </p>
        <AuditsTable audits={list.data} showCertification />
      </>
    );
  };

  return (
    <>
      <PageHeader
        title={t('audits.title')}
        subtitle={t('audits.subtitle')}
        actions={
          <>
            <Link className="button" to="/audits/programme">
              {t('audits.programmeLink')}
            </Link>
            <Link className="button button--primary" to="/audits/nouveau">
              {t('audits.new')}
            </Link>
          </>
        }
      />
      <Notice message={arrivalNotice} />
      <section className="filters" aria-label={t('audits.filters')}>
        <SelectField
          label={t('audits.year')}
          options={[{ id: ALL, label: t('audits.allYears') }, ...years.map((year) => ({ id: year, label: year }))]}
          value={query.year ? String(query.year) : ALL}
          onChange={(value) => set('annee', value)}
        />
        <SelectField
          label={t('audits.certification')}
          options={[
            { id: ALL, label: t('audits.allCertifications') },
            ...(certifications.data ?? []).map((certification) => ({ id: String(certification.id), label: certification.scheme })),
          ]}
          value={query.certificationId ? String(query.certificationId) : ALL}
          onChange={(value) => set('certification', value)}
        />
        <Checkbox
          className="checkbox"
          isSelected={query.includeCancelled === true}
          onChange={(checked) => set('annules', checked ? '1' : null)}
        >
          <span className="checkbox__box" aria-hidden="true" />
          {t('audits.includeCancelled')}
        </Checkbox>
      </section>
      {content()}
      <NonconformitiesSection />
    </>
  );
};

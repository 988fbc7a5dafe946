import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { MethodInput } from '../../../../shared/api/contract';
import { todayOnThisComputer } from '../../app/today';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { FilterBar, FilterCheckbox, FilterSelect } from '../../ui/list/FilterBar';
import { ListResults } from '../../ui/list/ListResults';
import { flagParam, idParam, useUrlFilters } from '../../ui/list/useUrlFilters';
import { useCertifications } from '../common/lookups';
import { AuditsTable } from '../common/AuditsTable';
import { useAuditList } from '../common/lookups';
import { NonconformitiesSection } from './NonconformitiesSection';

/** The list's filters, as the address holds them. */
const readFilters = (params: URLSearchParams): MethodInput<'audits.list'> => ({
  year: idParam(params.get('annee')),
  certificationId: idParam(params.get('certification')),
  includeCancelled: flagParam(params.get('annules')),
});

/** The audits, filtered by year and certification, and the nonconformities their findings opened. */
export const AuditsPage = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const filters = useUrlFilters(readFilters);
  const list = useAuditList(filters.query);
  const certifications = (useCertifications().data ?? []).map((certification) => ({
    id: String(certification.id),
    label: certification.scheme,
  }));
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;
  const thisYear = Number(todayOnThisComputer().slice(0, 4));
  const years = Array.from({ length: 10 }, (_, index) => String(thisYear + 4 - index)).map((year) => ({ id: year, label: year }));

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
      <FilterBar label={t('audits.filters')}>
        <FilterSelect filters={filters} param="annee" label={t('audits.year')} options={years} allLabel={t('audits.allYears')} />
        <FilterSelect
          filters={filters}
          param="certification"
          label={t('audits.certification')}
          options={certifications}
          allLabel={t('audits.allCertifications')}
        />
        <FilterCheckbox filters={filters} param="annules" label={t('audits.includeCancelled')} />
      </FilterBar>
      <ListResults
        query={list}
        isFiltered={filters.isFiltered}
        onClearFilters={filters.clear}
        texts={{
          count: (count) => t('audits.count', { count }),
          emptyTitle: t('audits.emptyTitle'),
          emptyText: t('audits.emptyText'),
          emptyAction: (
            <Link className="button button--primary" to="/audits/nouveau">
              {t('audits.new')}
            </Link>
          ),
          noMatch: t('audits.noMatch'),
        }}
      >
        {(audits) => <AuditsTable audits={audits} showCertification />}
      </ListResults>
      <NonconformitiesSection />
    </>
  );
};

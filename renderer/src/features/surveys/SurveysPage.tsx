import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { surveyPopulations } from '../../../../shared/domain/surveys';
import type { SurveyListQuery } from '../../../../shared/schemas/surveys';
import { todayOnThisComputer } from '../../app/today';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { FilterBar, FilterSelect } from '../../ui/list/FilterBar';
import { ListResults } from '../../ui/list/ListResults';
import { useCsvExport } from '../../ui/list/useCsvExport';
import { oneOf, useUrlFilters } from '../../ui/list/useUrlFilters';
import { useSurveyList, useSurveyMutation } from './hooks';
import { SurveyForm } from './SurveyForm';
import { SurveysTable } from './SurveysTable';
import './surveys.css';

const readFilters = (params: URLSearchParams): SurveyListQuery => {
  const year = Number(params.get('annee'));
  return {
    population: oneOf(surveyPopulations, params.get('population')),
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
  };
};

/** The register of satisfaction surveys: each campaign, its answers and its satisfaction rate. */
export const SurveysPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const filters = useUrlFilters(readFilters);
  const { query } = filters;
  const list = useSurveyList(query);
  const create = useSurveyMutation('surveys.create');
  const [creating, setCreating] = useState(false);
  const [notice, showNotice] = useNotice();
  const thisYear = Number(todayOnThisComputer().slice(0, 4));
  const years = [thisYear, thisYear - 1, thisYear - 2].map((year) => ({ id: String(year), label: String(year) }));

  const { exportCsv, exportError } = useCsvExport({
    method: 'surveys.exportCsv',
    input: query,
    showNotice,
    exported: (fileName) => t('surveys.exported', { fileName }),
  });

  return (
    <>
      <PageHeader
        title={t('surveys.title')}
        subtitle={t('surveys.subtitle')}
        actions={
          <>
            <Button onPress={() => void exportCsv()}>{t('surveys.export')}</Button>
            <Button variant="primary" onPress={() => setCreating(true)}>
              {t('surveys.new')}
            </Button>
          </>
        }
      />
      <Notice message={notice} />
      <FormAlert message={exportError} />
      <FilterBar label={t('surveys.filters')}>
        <FilterSelect
          filters={filters}
          param="population"
          label={t('surveys.field.population')}
          options={surveyPopulations.map((id) => ({ id, label: t(`surveys.population.${id}`) }))}
        />
        <FilterSelect filters={filters} param="annee" label={t('surveys.year')} options={years} />
      </FilterBar>
      <ListResults
        query={list}
        isFiltered={filters.isFiltered}
        onClearFilters={filters.clear}
        texts={{
          count: (count) => t('surveys.count', { count }),
          emptyTitle: t('surveys.emptyTitle'),
          emptyText: t('surveys.emptyText'),
          noMatch: t('surveys.noMatch'),
        }}
      >
        {(surveys) => <SurveysTable surveys={surveys} />}
      </ListResults>
      <Modal title={t('surveys.newTitle')} isOpen={creating} onOpenChange={setCreating}>
        <SurveyForm
          defaultValues={{
            title: '',
            population: 'salaries_parcours',
            opensOn: todayOnThisComputer(),
            closesOn: null,
            solicited: null,
            indicatorId: null,
          }}
          submitLabel={t('common.create')}
          onSubmit={async (fields) => {
            const created = await create.mutateAsync(fields);
            setCreating(false);
            await navigate(`/enquetes/${created.id}`, { state: { notice: t('surveys.created', { title: created.title }) } });
          }}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </>
  );
};

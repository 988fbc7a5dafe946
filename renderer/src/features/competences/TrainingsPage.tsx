import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { trainingStates } from '../../../../shared/domain/competences';
import type { TrainingListQuery } from '../../../../shared/schemas/competences';
import { todayOnThisComputer } from '../../app/today';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { FilterBar, FilterSearch, FilterSelect } from '../../ui/list/FilterBar';
import { ListResults } from '../../ui/list/ListResults';
import { useCsvExport } from '../../ui/list/useCsvExport';
import { idParam, oneOf, useUrlFilters } from '../../ui/list/useUrlFilters';
import { usePeopleOptions } from '../people/hooks';
import { useCompetenceMutation, useTrainingList } from './hooks';
import { TrainingForm } from './TrainingForm';
import { TrainingsTable } from './TrainingsTable';
import './competences.css';

const readFilters = (params: URLSearchParams): TrainingListQuery => {
  const year = Number(params.get('annee'));
  const search = params.get('recherche')?.trim();
  return {
    personId: idParam(params.get('personne')),
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    state: oneOf(trainingStates, params.get('etat')),
    search: search ? search : undefined,
  };
};

/** The trainings register and, filtered on a year, that year's training plan with its state. */
export const TrainingsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const filters = useUrlFilters(readFilters);
  const { query } = filters;
  const list = useTrainingList(query);
  const people = usePeopleOptions();
  const create = useCompetenceMutation('competences.createTraining');
  const [creating, setCreating] = useState(false);
  const [notice, showNotice] = useNotice();
  const thisYear = Number(todayOnThisComputer().slice(0, 4));
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((year) => ({ id: String(year), label: String(year) }));

  const { exportCsv, exportError } = useCsvExport({
    method: 'competences.exportTrainingsCsv',
    input: query,
    showNotice,
    exported: (fileName) => t('trainings.exported', { fileName }),
  });

  return (
    <>
      <PageHeader
        title={t('trainings.title')}
        subtitle={t('trainings.subtitle')}
        actions={
          <>
            <Button onPress={() => void exportCsv()}>{t('trainings.export')}</Button>
            <Button variant="primary" onPress={() => setCreating(true)}>
              {t('trainings.new')}
            </Button>
          </>
        }
      />
      <Notice message={notice} />
      <FormAlert message={exportError} />
      <FilterBar label={t('trainings.filters')}>
        <FilterSelect filters={filters} param="annee" label={t('trainings.year')} options={years} />
        <FilterSelect filters={filters} param="personne" label={t('trainings.field.person')} options={people} />
        <FilterSelect
          filters={filters}
          param="etat"
          label={t('trainings.field.state')}
          options={trainingStates.map((id) => ({ id, label: t(`trainings.state.${id}`) }))}
        />
        <FilterSearch filters={filters} param="recherche" label={t('trainings.search')} />
      </FilterBar>
      <ListResults
        query={list}
        isFiltered={filters.isFiltered}
        onClearFilters={filters.clear}
        texts={{
          count: (count) => t('trainings.count', { count }),
          emptyTitle: t('trainings.emptyTitle'),
          emptyText: t('trainings.emptyText'),
          noMatch: t('trainings.noMatch'),
        }}
      >
        {(trainings) => <TrainingsTable trainings={trainings} year={query.year} />}
      </ListResults>
      <Modal title={t('trainings.newTitle')} isOpen={creating} onOpenChange={setCreating}>
        <TrainingForm
          defaultValues={{
            personId: null,
            competenceId: null,
            title: '',
            providerId: null,
            status: 'realisee',
            plannedOn: null,
            doneOn: todayOnThisComputer(),
            expiresOn: null,
            evaluationDue: null,
          }}
          submitLabel={t('common.create')}
          onSubmit={async (fields) => {
            const created = await create.mutateAsync(fields);
            setCreating(false);
            await navigate(`/formations/${created.id}`, { state: { notice: t('trainings.created', { title: created.title }) } });
          }}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </>
  );
};

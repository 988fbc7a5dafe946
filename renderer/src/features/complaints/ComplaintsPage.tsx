import { defaultResponseDue } from '../../../../shared/domain/complaints';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { responseTimeFigures } from '../../../../shared/domain/complaints';
import { todayOnThisComputer } from '../../app/today';
import { useLocale } from '../../i18n';
import type { Complaint, ComplaintListQuery } from '../../../../shared/schemas/complaints';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { PageHeader } from '../../ui/PageHeader';
import { FilterBar, FilterCheckbox } from '../../ui/list/FilterBar';
import { ListResults } from '../../ui/list/ListResults';
import { flagParam, useUrlFilters } from '../../ui/list/useUrlFilters';
import { useLoopMutation } from '../common/loopMutation';
import { ComplaintForm } from './ComplaintForm';
import { ComplaintsTable } from './ComplaintsTable';
import { useComplaintList } from './hooks';
import '../common/loop.css';

/** The register's filter, as the address holds it. */
const readFilters = (params: URLSearchParams): ComplaintListQuery => ({ openOnly: flagParam(params.get('ouvertes')) });

/** The réclamations register: every réclamation with its response time against its due date. */
export const ComplaintsPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const navigate = useNavigate();
  const filters = useUrlFilters(readFilters);
  const [creating, setCreating] = useState(false);
  const list = useComplaintList(filters.query);
  const create = useLoopMutation('complaints.create');
  const average = (complaints: Complaint[]) => {
    const figures = responseTimeFigures(
      complaints.flatMap((complaint) => (complaint.responseDays === null ? [] : [complaint.responseDays])),
    );
    return figures
      ? ` · ${t('complaints.averageDays', { days: figures.average.toLocaleString(dateLocale.code, { maximumFractionDigits: 1 }) })}`
      : '';
  };

  return (
    <>
      <PageHeader
        title={t('complaints.title')}
        subtitle={t('complaints.subtitle')}
        actions={
          <Button variant="primary" onPress={() => setCreating(true)}>
            {t('complaints.new')}
          </Button>
        }
      />
      <FilterBar label={t('complaints.filters')}>
        <FilterCheckbox filters={filters} param="ouvertes" label={t('complaints.openOnly')} />
      </FilterBar>
      <ListResults
        query={list}
        isFiltered={filters.isFiltered}
        onClearFilters={filters.clear}
        texts={{
          count: (count, complaints) => t('complaints.count', { count }) + average(complaints),
          emptyTitle: t('complaints.emptyTitle'),
          emptyText: t('complaints.emptyText'),
          noMatch: t('complaints.noMatch'),
        }}
      >
        {(complaints) => <ComplaintsTable complaints={complaints} />}
      </ListResults>
      <Modal title={t('complaints.newTitle')} isOpen={creating} onOpenChange={setCreating}>
        <ComplaintForm
          defaultValues={{
            complainantKind: 'client',
            complainant: '',
            receivedOn: todayOnThisComputer(),
            channel: 'courriel',
            subject: '',
            processId: null,
            handledById: null,
            responseDue: defaultResponseDue(todayOnThisComputer()),
            respondedOn: null,
            response: '',
            founded: null,
            analysedOn: null,
            cause: '',
            actionId: null,
          }}
          submitLabel={t('common.create')}
          onSubmit={async (fields) => {
            const created = await create.mutateAsync(fields);
            setCreating(false);
            await navigate(`/reclamations/${created.id}`, { state: { notice: t('complaints.created', { reference: created.reference }) } });
          }}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </>
  );
};

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from 'react-aria-components';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { actionSources, actionStatuses } from '../../../../shared/domain/actions';
import type { ActionListQuery } from '../../../../shared/schemas/actions';
import { download } from '../../api/client';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { EmptyState, ErrorState, Loading } from '../../ui/States';
import { saveBytes } from '../files/save';
import { usePeople } from '../people/hooks';
import { useProcesses } from '../processes/hooks';
import { ActionCreateForm, type FindingOrigin } from './ActionCreateForm';
import { ActionPlanTable } from './ActionPlanTable';
import { useActionList } from './hooks';
import { actionOptions } from './labels';
import '../nonconformities/nonconformities.css';

const ALL = 'all';
const positiveId = (value: string | null): number | undefined => {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : undefined;
};

/** Filters live in the URL, so going back to the plan keeps them. */
const useFilters = () => {
  const [params, setParams] = useSearchParams();
  const query: ActionListQuery = {
    ownerId: positiveId(params.get('responsable')),
    processId: positiveId(params.get('processus')),
    status: actionStatuses.find((status) => status === params.get('statut')),
    source: actionSources.find((source) => source === params.get('origine')),
    overdueOnly: params.get('retard') === '1' || undefined,
  };
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
  return { query, set, isFiltered: [...params.keys()].length > 0, clear: () => setParams(new URLSearchParams(), { replace: true }) };
};

/** The finding the audit page sent the user from ("Créer une action"), carried in the navigation state. */
const findingOrigin = (state: unknown): FindingOrigin | null => {
  const from = (state as { fromFinding?: Partial<FindingOrigin> } | null)?.fromFinding;
  const auditId = positiveId(String(from?.auditId));
  const findingId = positiveId(String(from?.findingId));
  return auditId && findingId ? { auditId, findingId } : null;
};

/** The action plan: every action whatever its source, filtered, exported to CSV for French Excel. */
export const ActionPlanPage = () => {
  const { t } = useTranslation();
  const { query, set, isFiltered, clear } = useFilters();
  const list = useActionList(query);
  const people = usePeople();
  const processes = useProcesses();
  const [notice, showNotice] = useNotice();
  const location = useLocation();
  const navigate = useNavigate();
  const [fromFinding] = useState(() => findingOrigin(location.state));
  const [creating, setCreatingState] = useState(fromFinding !== null);
  const setCreating = (open: boolean) => {
    setCreatingState(open);
    // Once the form closes, forget where it came from: going back and forth must not reopen it.
    if (!open && location.state) void navigate({ search: location.search }, { replace: true, state: null });
  };
  const [exportError, setExportError] = useState<string | null>(null);
  const options = actionOptions(t);
  const all = { id: ALL, label: t('common.all') };

  const exportCsv = async () => {
    setExportError(null);
    try {
      const file = await download('actions.exportCsv', query);
      saveBytes(file.fileName, file.mediaType, file.content);
      showNotice(t('actions.exported', { fileName: file.fileName }));
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };

  const content = () => {
    if (list.isPending) return <Loading />;
    if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
    if (list.data.length === 0 && !isFiltered) return <EmptyState title={t('actions.emptyTitle')}>{t('actions.emptyText')}</EmptyState>;
    if (list.data.length === 0) {
      return <EmptyState title={t('actions.noMatch')} action={<Button onPress={clear}>{t('actions.clearFilters')}</Button>} />;
    }
    return (
      <>
        <p className="count" role="status">
          {t('actions.count', { count: list.data.length })}
        </p>
        <ActionPlanTable actions={list.data} />
      </>
    );
  };

  return (
    <>
      <PageHeader
        title={t('actions.title')}
        subtitle={t('actions.subtitle')}
        actions={
          <>
            <Button onPress={() => void exportCsv()}>{t('actions.export')}</Button>
            <Button variant="primary" onPress={() => setCreating(true)}>
              {t('actions.new')}
            </Button>
          </>
        }
      />
      <Notice message={notice} />
      <FormAlert message={exportError} />
      <section className="filters" aria-label={t('actions.filters')}>
        <SelectField
          label={t('actions.field.owner')}
          options={[all, ...(people.data ?? []).map((person) => ({ id: String(person.id), label: person.name }))]}
          value={query.ownerId ? String(query.ownerId) : ALL}
          onChange={(value) => set('responsable', value)}
        />
        <SelectField
          label={t('actions.field.process')}
          options={[all, ...(processes.data ?? []).map((process) => ({ id: String(process.id), label: process.name }))]}
          value={query.processId ? String(query.processId) : ALL}
          onChange={(value) => set('processus', value)}
        />
        <SelectField
          label={t('actions.field.status')}
          options={[all, ...options.statuses]}
          value={query.status ?? ALL}
          onChange={(value) => set('statut', value)}
        />
        <SelectField
          label={t('actions.field.source')}
          options={[all, ...options.sources]}
          value={query.source ?? ALL}
          onChange={(value) => set('origine', value)}
        />
        <Checkbox className="checkbox" isSelected={query.overdueOnly === true} onChange={(checked) => set('retard', checked ? '1' : null)}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('actions.overdueOnly')}
        </Checkbox>
      </section>
      {content()}
      <Modal title={t('actions.newTitle')} isOpen={creating} onOpenChange={setCreating}>
        <ActionCreateForm
          fromFinding={fromFinding}
          onCreated={(action) => {
            setCreating(false);
            showNotice(t('actions.created', { reference: action.reference }));
          }}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </>
  );
};

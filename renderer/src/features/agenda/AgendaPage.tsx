import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaQuery } from '../../../../shared/schemas/agenda';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/States';
import { AgendaCalendar } from './AgendaCalendar';
import { AgendaFilters, initialAgendaFilters } from './AgendaFilters';
import { AgendaList } from './AgendaList';
import { exportIcs } from './exportIcs';
import { ExampleButton } from '../common/ExampleButton';
import { FirstStepsPanel } from './FirstStepsPanel';
import { useFirstSteps } from './hooks';
import { useIdentity } from '../identity/hooks';
import { useAgenda } from './hooks';
import { SummaryCards } from './SummaryCards';
import './agenda.css';
import { QueryFallback } from '../../ui/list/QueryView';

/** The .ics export covers a year ahead, whatever the screen shows. */
const EXPORT_HORIZON_DAYS = 366;

/** "À faire", the home screen: every dated obligation, grouped, filterable, as a list or a month. */
export const AgendaPage = () => {
  const { t } = useTranslation();
  const identity = useIdentity();
  const me = identity.data?.person?.id ?? null;
  const [filters, setFilters] = useState(initialAgendaFilters);
  const { horizonDays, processId, kind, view } = filters;
  const [notice, showNotice] = useNotice();
  const mine = filters.mine && me !== null;
  const who = mine ? me : filters.personId;
  // « Mes tâches » keeps what nobody is responsible for: it falls to the quality lead, shown apart.
  const query: AgendaQuery = {
    horizonDays,
    ...(who ? { personId: who } : {}),
    ...(mine ? { withUnassigned: true } : {}),
    ...(processId ? { processId } : {}),
    ...(kind ? { kinds: [kind] } : {}),
  };
  const agenda = useAgenda(query);
  const firstSteps = useFirstSteps();
  const young = firstSteps.data?.steps.some((step) => !step.done) ?? false;
  const [exporting, setExporting] = useState(false);

  /** The export reads a year ahead, only when asked: it is not worth a query on every visit. */
  const exportCalendar = async () => {
    setExporting(true);
    try {
      const year = await call('agenda.list', { ...query, horizonDays: EXPORT_HORIZON_DAYS });
      const fileName = `seve-a-faire-${year.today}.ics`;
      showNotice(t('agenda.exported', { fileName, count: exportIcs(t, year, fileName) }));
    } catch (error) {
      showNotice(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(false);
    }
  };

  const content = () => {
    if (!agenda.isSuccess) return <QueryFallback query={agenda} />;
    return (
      <>
        <SummaryCards summary={agenda.data.summary} />
        {agenda.data.items.length === 0 && agenda.data.backlog.length === 0 ? (
          <EmptyState title={young ? t('agenda.emptyYoung') : t('agenda.empty')} />
        ) : view === 'list' ? (
          <AgendaList agenda={agenda.data} unassignedApart={mine} />
        ) : (
          <AgendaCalendar agenda={agenda.data} />
        )}
      </>
    );
  };

  return (
    <>
      <PageHeader
        title={t('agenda.title')}
        subtitle={t('agenda.subtitle')}
        actions={
          <Button isDisabled={exporting} onPress={() => void exportCalendar()}>
            {t('agenda.exportIcs')}
          </Button>
        }
      />
      <Notice message={notice} />
      <FirstStepsPanel extra={<ExampleButton />} />
      <AgendaFilters values={filters} onChange={(change) => setFilters((current) => ({ ...current, ...change }))} me={me} />
      {content()}
      <p className="form__help agenda__export-help">{t('agenda.exportIcsHelp')}</p>
    </>
  );
};

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { AGENDA_HORIZON_DAYS } from '../../../../shared/domain/agenda';
import { agendaKinds, type AgendaKind, type AgendaQuery } from '../../../../shared/schemas/agenda';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { IdSelectField } from '../../ui/IdSelectField';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { EmptyState } from '../../ui/States';
import { usePeople } from '../people/hooks';
import { useProcesses } from '../processes/hooks';
import { AgendaCalendar } from './AgendaCalendar';
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

const ALL = 'all';
const horizons = [30, 90, 180, 365] as const;
/** The .ics export covers a year ahead, whatever the screen shows. */
const EXPORT_HORIZON_DAYS = 366;

/** "À faire", the home screen: every dated obligation, grouped, filterable, as a list or a month. */
export const AgendaPage = () => {
  const { t } = useTranslation();
  const identity = useIdentity();
  const me = identity.data?.person?.id ?? null;
  const [mine, setMine] = useState(false);
  const [personId, setPersonId] = useState<number | null>(null);
  const [processId, setProcessId] = useState<number | null>(null);
  const [kind, setKind] = useState<AgendaKind | null>(null);
  const [horizonDays, setHorizonDays] = useState<number>(AGENDA_HORIZON_DAYS);
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const [notice, showNotice] = useNotice();
  const people = usePeople();
  const processes = useProcesses();
  const who = mine && me !== null ? me : personId;
  const query: AgendaQuery = {
    horizonDays,
    ...(who ? { personId: who } : {}),
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
        {agenda.data.items.length === 0 ? (
          <EmptyState title={young ? t('agenda.emptyYoung') : t('agenda.empty')} />
        ) : view === 'list' ? (
          <AgendaList agenda={agenda.data} />
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
      <section className="filters" aria-label={t('agenda.filters')}>
        <Checkbox className="checkbox" isSelected={mine && me !== null} isDisabled={me === null} onChange={setMine}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('agenda.myTasks')}
        </Checkbox>
        {me === null && <p className="form__help">{t('agenda.myTasksNeedsMe')}</p>}
        {!(mine && me !== null) && (
          <IdSelectField
            label={t('agenda.person')}
            records={(people.data ?? []).map((person) => ({ id: person.id, label: person.name }))}
            value={personId}
            onChange={setPersonId}
            noneLabel={t('common.all')}
          />
        )}
        <IdSelectField
          label={t('agenda.process')}
          records={(processes.data ?? []).map((process) => ({ id: process.id, label: process.name }))}
          value={processId}
          onChange={setProcessId}
          noneLabel={t('common.all')}
        />
        <SelectField
          label={t('agenda.kind')}
          options={[
            { id: ALL, label: t('common.all') },
            ...agendaKinds.map((candidate) => ({ id: candidate, label: t(`agenda.kinds.${candidate}`) })),
          ]}
          value={kind ?? ALL}
          onChange={(value) => setKind(value === null || value === ALL ? null : (value as AgendaKind))}
        />
        <SelectField
          label={t('agenda.horizon')}
          options={horizons.map((days) => ({ id: String(days), label: t('agenda.horizonDays', { count: days }) }))}
          value={String(horizonDays)}
          onChange={(value) => setHorizonDays(Number(value ?? AGENDA_HORIZON_DAYS))}
        />
        <ToggleButtonGroup
          className="toggle-group"
          aria-label={t('agenda.view')}
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[view]}
          onSelectionChange={(keys) => setView(keys.has('calendar') ? 'calendar' : 'list')}
        >
          <ToggleButton id="list" className="toggle">
            {t('agenda.list')}
          </ToggleButton>
          <ToggleButton id="calendar" className="toggle">
            {t('agenda.calendar')}
          </ToggleButton>
        </ToggleButtonGroup>
      </section>
      {content()}
      <p className="form__help agenda__export-help">{t('agenda.exportIcsHelp')}</p>
    </>
  );
};

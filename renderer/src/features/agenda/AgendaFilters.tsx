import { useTranslation } from 'react-i18next';
import { Checkbox, ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { AGENDA_HORIZON_DAYS } from '../../../../shared/domain/agenda';
import { agendaKinds, type AgendaKind } from '../../../../shared/schemas/agenda';
import { IdSelectField } from '../../ui/IdSelectField';
import { SelectField } from '../../ui/SelectField';
import { usePeople } from '../people/hooks';
import { useProcesses } from '../processes/hooks';

const ALL = 'all';
const horizons = [30, 90, 180, 365] as const;

/** What "À faire" is filtered by, and how it is shown. */
export type AgendaFilterValues = {
  mine: boolean;
  personId: number | null;
  processId: number | null;
  kind: AgendaKind | null;
  horizonDays: number;
  view: 'list' | 'calendar';
};

export const initialAgendaFilters: AgendaFilterValues = {
  mine: false,
  personId: null,
  processId: null,
  kind: null,
  horizonDays: AGENDA_HORIZON_DAYS,
  view: 'list',
};

type Props = {
  values: AgendaFilterValues;
  onChange: (change: Partial<AgendaFilterValues>) => void;
  /** The person this computer's user said they are (null: not chosen yet, so « Mes tâches » waits). */
  me: number | null;
};

/** The filters of "À faire": my tasks or someone's, a process, a kind, the horizon, list or month. */
export const AgendaFilters = ({ values, onChange, me }: Props) => {
  const { t } = useTranslation();
  const people = usePeople();
  const processes = useProcesses();
  const mineShown = values.mine && me !== null;
  return (
    <section className="filters" aria-label={t('agenda.filters')}>
      <Checkbox className="checkbox" isSelected={mineShown} isDisabled={me === null} onChange={(mine) => onChange({ mine })}>
        <span className="checkbox__box" aria-hidden="true" />
        {t('agenda.myTasks')}
      </Checkbox>
      {me === null && <p className="form__help">{t('agenda.myTasksNeedsMe')}</p>}
      {!mineShown && (
        <IdSelectField
          label={t('agenda.person')}
          records={(people.data ?? []).map((person) => ({ id: person.id, label: person.name }))}
          value={values.personId}
          onChange={(personId) => onChange({ personId })}
          noneLabel={t('common.all')}
        />
      )}
      <IdSelectField
        label={t('agenda.process')}
        records={(processes.data ?? []).map((process) => ({ id: process.id, label: process.name }))}
        value={values.processId}
        onChange={(processId) => onChange({ processId })}
        noneLabel={t('common.all')}
      />
      <SelectField
        label={t('agenda.kind')}
        options={[
          { id: ALL, label: t('common.all') },
          ...agendaKinds.map((candidate) => ({ id: candidate, label: t(`agenda.kinds.${candidate}`) })),
        ]}
        value={values.kind ?? ALL}
        onChange={(value) => onChange({ kind: value === null || value === ALL ? null : (value as AgendaKind) })}
      />
      <SelectField
        label={t('agenda.horizon')}
        options={horizons.map((days) => ({ id: String(days), label: t('agenda.horizonDays', { count: days }) }))}
        value={String(values.horizonDays)}
        onChange={(value) => onChange({ horizonDays: Number(value ?? AGENDA_HORIZON_DAYS) })}
      />
      <ToggleButtonGroup
        className="toggle-group"
        aria-label={t('agenda.view')}
        selectionMode="single"
        disallowEmptySelection
        selectedKeys={[values.view]}
        onSelectionChange={(keys) => onChange({ view: keys.has('calendar') ? 'calendar' : 'list' })}
      >
        <ToggleButton id="list" className="toggle">
          {t('agenda.list')}
        </ToggleButton>
        <ToggleButton id="calendar" className="toggle">
          {t('agenda.calendar')}
        </ToggleButton>
      </ToggleButtonGroup>
    </section>
  );
};

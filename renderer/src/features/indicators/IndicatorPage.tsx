import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { IndicatorDetail } from '../../../../shared/schemas/indicators';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useIndicator, useUpdateIndicator } from './hooks';
import { IndicatorChart } from './IndicatorChart';
import { IndicatorDetails } from './IndicatorDetails';
import { IndicatorForm } from './IndicatorForm';
import { useIndicatorHistoryValue } from './labels';
import { useIndicatorFormat } from '../common/indicatorFormat';
import { MeasurementForm } from './MeasurementForm';
import { MeasurementsTable } from './MeasurementsTable';
import { StateBadge } from '../common/StateBadge';
import { QueryFallback } from '../../ui/list/QueryView';

const editValues = (indicator: IndicatorDetail) => ({
  name: indicator.name,
  description: indicator.description,
  theme: indicator.theme,
  processId: indicator.processId,
  ownerId: indicator.ownerId,
  unit: indicator.unit,
  scaleMax: indicator.scaleMax,
  direction: indicator.direction,
  target: indicator.target,
  alertThreshold: indicator.alertThreshold,
  frequency: indicator.frequency,
  firstPeriod: indicator.firstPeriod,
  entryDelayDays: indicator.entryDelayDays,
  chartKind: indicator.chartKind,
  numeratorLabel: indicator.numeratorLabel,
  denominatorLabel: indicator.denominatorLabel,
  partLabels: indicator.partLabels,
  templateCode: indicator.templateCode,
  active: indicator.active,
});

/** One indicator: its definition, its chart against target and threshold, its measurements, what is late, and its history. */
export const IndicatorPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const format = useIndicatorFormat();
  const historyValue = useIndicatorHistoryValue();
  const id = Number(useParams().id);
  const location = useLocation();
  const indicator = useIndicator(id);
  const update = useUpdateIndicator();
  const [editing, setEditing] = useState(false);
  const [notice, showNotice] = useNotice();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  if (!indicator.isSuccess) return <QueryFallback query={indicator} />;
  const data = indicator.data;
  const date = (value: string) => formatCalendarDate(value, dateLocale);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/indicateurs">← {t('indicators.title')}</Link>
      </p>
      <PageHeader
        title={data.name}
        subtitle={<StateBadge state={data.state} />}
        actions={
          !editing && (
            <Button variant="primary" onPress={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )
        }
      />
      <Notice message={notice ?? arrivalNotice} />
      {editing ? (
        <section className="section" aria-label={t('indicators.editTitle')}>
          <IndicatorForm
            defaultValues={editValues(data)}
            submitLabel={t('common.save')}
            serverPrefix="fields."
            onSubmit={async (fields) => {
              await update.mutateAsync({ id: data.id, revision: data.revision, fields });
              setEditing(false);
              showNotice(t('indicators.updated'));
            }}
            onCancel={() => setEditing(false)}
          />
        </section>
      ) : (
        <IndicatorDetails indicator={data} />
      )}
      {data.latePeriods.length > 0 && (
        <section className="section late-periods" aria-labelledby="late-title">
          <h2 id="late-title">
            <span aria-hidden="true">⚠ </span>
            {t('indicators.lateList.title')}
          </h2>
          <ul>
            {data.latePeriods.map((period) => (
              <li key={period.periodStart}>
                {t('indicators.lateList.item', { period: format.period(data.frequency, period.periodStart), date: date(period.due) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="section" aria-labelledby="chart-title">
        <h2 id="chart-title">{t('indicators.chart.title')}</h2>
        <IndicatorChart indicator={data} />
      </section>
      <section className="section" aria-labelledby="measurements-title">
        <h2 id="measurements-title">{t('indicators.measurement.title')}</h2>
        {data.active ? (
          <div className="card">
            <h3 className="card__title">{t('indicators.measurement.add')}</h3>
            {/* A new form for each indicator: its fields (a rate's parts) and defaults are the indicator's own. */}
            <MeasurementForm key={data.id} indicator={data} onSaved={showNotice} />
          </div>
        ) : (
          <p>{t('indicators.measurement.inactive')}</p>
        )}
        <MeasurementsTable indicator={data} onRemoved={showNotice} />
      </section>
      {data.objectives.length > 0 && (
        <section className="section" aria-labelledby="objectives-title">
          <h2 id="objectives-title">{t('indicators.objectivesOf')}</h2>
          <ul>
            {data.objectives.map((objective) => (
              <li key={objective.id}>
                <Link to="/objectifs">{objective.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="section" aria-labelledby="history-title">
        <h2 id="history-title">{t('indicators.history')}</h2>
        <HistoryTimeline
          entity="indicator"
          entityId={data.id}
          fieldLabel={(field) => t(`indicators.field.${field}` as 'indicators.field.name', { defaultValue: field })}
          formatValue={historyValue}
        />
      </section>
    </>
  );
};

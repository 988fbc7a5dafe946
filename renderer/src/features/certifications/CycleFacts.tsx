import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CalendarDate } from '../../../../shared/domain/dates';
import type { CyclePlan } from '../../../../shared/schemas/audits';
import { useCycleWords } from './cycleWords';
import type { TimelineLayout } from './timeline';

type Fact = { key: string; name: string; date: CalendarDate; detail: ReactNode };

type Props = {
  layout: TimelineLayout;
  decision: CalendarDate;
  expiry: CalendarDate;
  today: CalendarDate;
  restoration: CyclePlan['restoration'];
};

/** The same facts as the cycle's picture, in a table in date order (today included, wherever it falls), for whoever does not see it. */
export const CycleFacts = ({ layout, decision, expiry, today, restoration }: Props) => {
  const { t } = useTranslation();
  const { long, rowName, kindLabel } = useCycleWords();
  const { alert } = layout;
  const facts: Fact[] = [
    { key: 'decision', name: t('certifications.timeline.decision'), date: decision, detail: t('common.none') },
    { key: 'expiry', name: t('certifications.timeline.expiry'), date: expiry, detail: t('common.none') },
    { key: 'today', name: t('certifications.timeline.today'), date: today, detail: t('common.none') },
    ...(alert
      ? [{ key: 'alert', name: t('certifications.timeline.alert'), date: alert.date, detail: t('certifications.timeline.alertDetail') }]
      : []),
    ...(restoration
      ? [
          {
            key: 'restoration',
            name: t('certifications.timeline.restoration'),
            date: restoration.until,
            detail: t(
              restoration.state === 'possible' ? 'certifications.timeline.restorationPossible' : 'certifications.timeline.restorationOver',
              { until: long(restoration.until) },
            ),
          },
        ]
      : []),
    ...layout.rows.map((row) => ({
      key: row.key,
      name: rowName(row),
      date: row.marker.date,
      detail: (
        <>
          {kindLabel(row.marker.kind)}
          {row.audit && (
            <>
              {' — '}
              <Link to={`/audits/${row.audit.id}`}>{row.audit.reference}</Link>
            </>
          )}
          {row.window
            ? ` — ${t('certifications.timeline.window').toLowerCase()} ${t('certifications.plan.windowRange', { from: long(row.window.from), to: long(row.window.to) })}`
            : ''}
        </>
      ),
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return (
    <table className="table cycle__table">
      <caption>{t('certifications.timeline.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('certifications.timeline.event')}</th>
          <th scope="col">{t('certifications.timeline.date')}</th>
          <th scope="col">{t('certifications.timeline.detail')}</th>
        </tr>
      </thead>
      <tbody>
        {facts.map((fact) => (
          <tr key={fact.key}>
            <th scope="row">{fact.name}</th>
            <td className="nowrap">{long(fact.date)}</td>
            <td>{fact.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

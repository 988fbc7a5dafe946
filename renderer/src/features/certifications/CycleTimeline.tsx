import { format } from 'date-fns';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fromCalendarDate, type CalendarDate } from '../../../../shared/domain/dates';
import type { CyclePlan, CycleProposal } from '../../../../shared/schemas/audits';
import { todayOnThisComputer } from '../../app/today';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { layoutTimeline, type MarkerKind, type TimelineAudit, type TimelineRow } from './timeline';

type CycleTimelineProps = {
  decision: CalendarDate;
  expiry: CalendarDate;
  proposals: readonly CycleProposal[];
  /** After an expiry without renewal: until when the body may restore the certificate. */
  restoration?: CyclePlan['restoration'];
  audits: readonly TimelineAudit[];
};

const WIDTH = 960;

/** The marker of an audit: filled when held, a ring when planned, a dashed ring when only proposed. */
const Marker = ({ x, y, kind }: { x: number; y: number; kind: MarkerKind }) => (
  <circle cx={x} cy={y} r={7} className={`cycle__marker cycle__marker--${kind}`} />
);

/**
 * The certification cycle as a picture (decision, audits with their windows, renewal alert, expiry,
 * today), drawn on a d3 time scale; shapes and words carry the meaning, and a table gives the same
 * facts to whoever does not see the picture.
 */
export const CycleTimeline = ({ decision, expiry, proposals, restoration = null, audits }: CycleTimelineProps) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const today = todayOnThisComputer();
  const layout = layoutTimeline({ decision, expiry, today, proposals, audits, width: WIDTH });
  const short = (date: CalendarDate) => format(fromCalendarDate(date), 'P', { locale: dateLocale });
  const long = (date: CalendarDate) => formatCalendarDate(date, dateLocale);
  const rowName = (row: TimelineRow) =>
    row.slot ? t(`certifications.plan.slot.${row.slot}`) : row.audit ? t(`audits.type.${row.audit.type}`) : '';
  const kindLabel = (kind: MarkerKind) =>
    t(
      kind === 'done'
        ? 'certifications.timeline.auditDone'
        : kind === 'planned'
          ? 'certifications.timeline.auditPlanned'
          : 'certifications.timeline.proposed',
    );
  const markerText = (row: TimelineRow) =>
    row.audit
      ? `${row.audit.reference} · ${short(row.marker.date)}`
      : `${short(row.marker.date)} (${t('certifications.timeline.notPlanned')})`;
  const { certificate, alert } = layout;
  const windowText = (row: TimelineRow) =>
    row.window
      ? ` — ${t('certifications.timeline.window').toLowerCase()} ${t('certifications.plan.windowRange', { from: long(row.window.from), to: long(row.window.to) })}`
      : '';
  // The same facts as the picture, in date order (today included, wherever it falls).
  const facts: { key: string; name: string; date: CalendarDate; detail: ReactNode }[] = [
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
              {
                until: long(restoration.until),
              },
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
          {windowText(row)}
        </>
      ),
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return (
    <figure className="cycle">
      <svg
        className="cycle__svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={t('certifications.timeline.figureLabel', { decision: long(decision), expiry: long(expiry) })}
      >
        <defs>
          <pattern id="cycle-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="cycle__hatch-ground" />
            <line x1="0" y1="0" x2="0" y2="6" className="cycle__hatch-line" />
          </pattern>
        </defs>
        {layout.years.map((tick) => (
          <g key={tick.year}>
            <line x1={tick.x} x2={tick.x} y1={layout.axisY + 6} y2={layout.height} className="cycle__grid" />
            <text x={tick.x + 4} y={layout.axisY} className="cycle__year">
              {tick.year}
            </text>
          </g>
        ))}
        <text x={layout.plotLeft - 12} y={certificate.y + 4} textAnchor="end" className="cycle__row-name">
          {t('certifications.timeline.certificate')}
        </text>
        <line x1={certificate.decisionX} x2={certificate.expiryX} y1={certificate.y} y2={certificate.y} className="cycle__certificate" />
        <path d={`M ${certificate.decisionX} ${certificate.y - 8} l 8 8 l -8 8 l -8 -8 z`} className="cycle__decision" />
        <text x={certificate.decisionX - 8} y={certificate.y - 12} className="cycle__label">
          {t('certifications.timeline.decision')} {short(decision)}
        </text>
        <rect x={certificate.expiryX - 7} y={certificate.y - 7} width={14} height={14} className="cycle__expiry" />
        <text x={certificate.expiryX + 8} y={certificate.y - 12} textAnchor="end" className="cycle__label">
          {t('certifications.timeline.expiry')} {short(expiry)}
        </text>
        {alert && (
          <g>
            <text x={layout.plotLeft - 12} y={alert.y + 4} textAnchor="end" className="cycle__row-name">
              {t('certifications.timeline.alert')}
            </text>
            <path d={`M ${alert.x} ${alert.y - 8} l 8 14 l -16 0 z`} className="cycle__alert" />
            <text x={alert.x + (alert.anchor === 'start' ? 12 : -12)} y={alert.y + 4} textAnchor={alert.anchor} className="cycle__label">
              {short(alert.date)}
            </text>
          </g>
        )}
        {layout.rows.map((row) => (
          <g key={row.key}>
            <text x={layout.plotLeft - 12} y={row.y + 4} textAnchor="end" className="cycle__row-name">
              {rowName(row)}
            </text>
            {row.window && (
              <rect
                x={row.window.x1}
                y={row.y - 9}
                width={Math.max(2, row.window.x2 - row.window.x1)}
                height={18}
                className="cycle__window"
              />
            )}
            <Marker x={row.marker.x} y={row.y} kind={row.marker.kind} />
            <text x={row.marker.labelX} y={row.y + 4} textAnchor={row.marker.anchor} className="cycle__label">
              {markerText(row)}
            </text>
          </g>
        ))}
        {layout.today && (
          <g>
            <line x1={layout.today.x} x2={layout.today.x} y1={layout.axisY + 4} y2={layout.height} className="cycle__today" />
            <text x={layout.today.x + 4} y={layout.axisY + 16} className="cycle__today-label">
              {t('certifications.timeline.today')}
            </text>
          </g>
        )}
      </svg>
      <ul className="cycle__legend" aria-label={t('certifications.timeline.legend')}>
        <li>
          <span aria-hidden="true" className="cycle__key">
            ◆
          </span>{' '}
          {t('certifications.timeline.decision')}
        </li>
        <li>
          <span aria-hidden="true" className="cycle__key">
            ■
          </span>{' '}
          {t('certifications.timeline.expiry')}
        </li>
        <li>
          <span aria-hidden="true" className="cycle__key">
            ▲
          </span>{' '}
          {t('certifications.timeline.alert')}
        </li>
        <li>
          <span aria-hidden="true" className="cycle__key cycle__key--window" /> {t('certifications.timeline.window')}
        </li>
        <li>
          <span aria-hidden="true" className="cycle__key">
            ●
          </span>{' '}
          {t('certifications.timeline.auditDone')}
        </li>
        <li>
          <span aria-hidden="true" className="cycle__key">
            ○
          </span>{' '}
          {t('certifications.timeline.auditPlanned')}
        </li>
        <li>
          <span aria-hidden="true" className="cycle__key">
            ◌
          </span>{' '}
          {t('certifications.timeline.proposed')}
        </li>
        <li>
          <span aria-hidden="true" className="cycle__key">
            ┆
          </span>{' '}
          {t('certifications.timeline.today')}
        </li>
      </ul>
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
    </figure>
  );
};

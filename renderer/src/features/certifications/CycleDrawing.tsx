import { useTranslation } from 'react-i18next';
import type { CalendarDate } from '../../../../shared/domain/dates';
import { useCycleWords } from './cycleWords';
import type { MarkerKind, TimelineLayout, TimelineRow } from './timeline';

/** The marker of an audit: filled when held, a ring when planned, a dashed ring when only proposed. */
const Marker = ({ x, y, kind }: { x: number; y: number; kind: MarkerKind }) => (
  <circle cx={x} cy={y} r={7} className={`cycle__marker cycle__marker--${kind}`} />
);

/** One audit of the cycle: its name, its target window, its marker and the words beside it. */
const CycleRow = ({ row, plotLeft }: { row: TimelineRow; plotLeft: number }) => {
  const { t } = useTranslation();
  const { short, rowName } = useCycleWords();
  const markerText = row.audit
    ? `${row.audit.reference} · ${short(row.marker.date)}`
    : `${short(row.marker.date)} (${t('certifications.timeline.notPlanned')})`;
  return (
    <g>
      <text x={plotLeft - 12} y={row.y + 4} textAnchor="end" className="cycle__row-name">
        {rowName(row)}
      </text>
      {row.window && (
        <rect x={row.window.x1} y={row.y - 9} width={Math.max(2, row.window.x2 - row.window.x1)} height={18} className="cycle__window" />
      )}
      <Marker x={row.marker.x} y={row.y} kind={row.marker.kind} />
      <text x={row.marker.labelX} y={row.y + 4} textAnchor={row.marker.anchor} className="cycle__label">
        {markerText}
      </text>
    </g>
  );
};

type Props = { layout: TimelineLayout; decision: CalendarDate; expiry: CalendarDate };

/** The cycle as an SVG picture: years, the certificate from decision to expiry, the renewal alert, the audits, today. */
export const CycleDrawing = ({ layout, decision, expiry }: Props) => {
  const { t } = useTranslation();
  const { short, long } = useCycleWords();
  const { certificate, alert } = layout;
  return (
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
        <CycleRow key={row.key} row={row} plotLeft={layout.plotLeft} />
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
  );
};

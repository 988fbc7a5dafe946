import { useGradeLabel } from '../common/gradeLabel';
import { useTranslation } from 'react-i18next';
import type { FindingGrade, Finding } from '../../../../shared/schemas/audits';
import { countByGrade, layoutFindingBars } from './findingsChart';
import './findings.css';

const WIDTH = 560;

/**
 * Findings counted by grade as bars (d3 linear scale). Every bar carries its grade and its number
 * in words; nonconformity grades are hatched, not only coloured. A table gives the same figures.
 */
export const FindingsChart = ({ grades, findings }: { grades: readonly FindingGrade[]; findings: readonly Finding[] }) => {
  const { t } = useTranslation();
  const gradeLabel = useGradeLabel();
  const counts = countByGrade(grades, findings).map((count) => ({
    ...count,
    label: gradeLabel({ code: grades.find((grade) => grade.id === count.id)?.code ?? '', label: count.label }),
  }));
  const layout = layoutFindingBars(counts, WIDTH);
  const summary =
    counts
      .filter((grade) => grade.count > 0)
      .map((grade) => `${grade.label} ${grade.count}`)
      .join(', ') || t('audits.findings.chartEmpty');
  return (
    <figure className="findings-chart">
      <svg
        className="findings-chart__svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={t('audits.findings.chartLabel', { summary })}
      >
        <defs>
          <pattern id="findings-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="findings-chart__hatch-ground" />
            <line x1="0" y1="0" x2="0" y2="6" className="findings-chart__hatch-line" />
          </pattern>
        </defs>
        <line x1={layout.barsLeft} x2={layout.barsLeft} y1={0} y2={layout.height} className="findings-chart__axis" />
        {layout.bars.map((bar) => (
          <g key={bar.id}>
            <text x={layout.barsLeft - 8} y={bar.y + layout.barHeight / 2 + 4} textAnchor="end" className="findings-chart__label">
              {bar.label}
            </text>
            {bar.count > 0 && (
              <rect
                x={layout.barsLeft}
                y={bar.y}
                width={bar.width}
                height={layout.barHeight}
                className={bar.isNonconformity ? 'findings-chart__bar findings-chart__bar--nc' : 'findings-chart__bar'}
              />
            )}
            <text x={bar.valueX} y={bar.y + layout.barHeight / 2 + 4} className="findings-chart__value">
              {bar.count}
            </text>
          </g>
        ))}
      </svg>
      <details className="findings-chart__details">
        <summary>{t('audits.findings.chartTable')}</summary>
        <table className="table">
          <caption className="visually-hidden">{t('audits.findings.chart')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audits.findings.grade')}</th>
              <th scope="col">{t('audits.findings.count')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((grade) => (
              <tr key={grade.id}>
                <th scope="row">{grade.label}</th>
                <td>{grade.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
};

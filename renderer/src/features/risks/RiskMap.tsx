import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { riskMap, type RiskKind, type RiskScale } from '../../../../shared/domain/risks';
import type { Risk } from '../../../../shared/schemas/risks';
import { levelTone } from '../common/EvaluationBadge';
import '../common/context.css';

/**
 * The risk map: likelihood in rows (most likely at the top), impact in columns (most severe on the
 * right), each cell coloured by the level its score reaches and listing the references evaluated
 * there (an opportunity's high level in blue: good news). It is a real table with its headers, so a screen reader reads each cell with its two levels.
 */
type MapProps = { risks: readonly Risk[]; kind: RiskKind; scale: RiskScale; title: string; id: string };

export const RiskMap = ({ risks, kind, scale, title, id }: MapProps) => {
  const { t } = useTranslation();
  const current = risks.flatMap((risk) => {
    const last = risk.evaluations.at(-1);
    return last ? [{ risk, likelihood: last.likelihood, impact: last.impact }] : [];
  });
  const rows = riskMap(current, (entry) => entry, scale);
  return (
    <div className="table-scroller table-scroller--fit" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="risk-map" data-testid={id}>
        <caption id={id} className="risk-map__caption">
          <strong>{title}</strong> — {t('risks.map.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="risk-map__axis">
              {t('risks.map.likelihood')} ↑ / {t('risks.map.impact')} →
            </th>
            {scale.impact.map((word, index) => (
              <th key={word} scope="col">
                {index + 1}. {word}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const likelihood = row[0]?.likelihood ?? 0;
            return (
              <tr key={likelihood}>
                <th scope="row">
                  {likelihood}. {scale.likelihood[likelihood - 1]}
                </th>
                {row.map((cell) => (
                  <td
                    key={cell.impact}
                    className={`risk-map__cell--${levelTone(kind)}-${cell.level}`}
                    title={t('risks.map.cell', {
                      likelihood: String(cell.likelihood),
                      impact: String(cell.impact),
                      score: String(cell.score),
                      levelName: t(`risks.level.${cell.level}`),
                    })}
                  >
                    {cell.items.length === 0 ? (
                      <span className="visually-hidden">{t('risks.map.empty')}</span>
                    ) : (
                      <ul>
                        {cell.items.map(({ risk }) => (
                          <li key={risk.id}>
                            <Link to={`/risques/${risk.id}`} className="reference">
                              {risk.reference}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};

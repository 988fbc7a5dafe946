import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RiskOrigin } from '../../../../shared/domain/risks';
import { QueryFallback } from '../../ui/list/QueryView';
import { useRiskList } from './contextLookups';

/** The risks and opportunities seen from one record (an issue, a party), and where to identify a new one from it. */
export const OriginRisks = ({
  origin,
  originId,
  title,
  canAdd,
}: {
  origin: RiskOrigin;
  originId: number;
  title: string;
  canAdd: boolean;
}) => {
  const { t } = useTranslation();
  const risks = useRiskList({ includeRetired: true });
  const list = () => {
    if (!risks.isSuccess) return <QueryFallback query={risks} />;
    const own = risks.data.filter((risk) => risk.origin === origin && risk.originId === originId);
    if (own.length === 0) return <p>{t('issues.noRisks')}</p>;
    return (
      <ul className="link-list">
        {own.map((risk) => (
          <li key={risk.id} className="link-list__item">
            <Link to={`/risques/${risk.id}`}>
              <span className="reference">{risk.reference}</span> {risk.title}
            </Link>
            <span className="link-list__meta">{t(`risks.kind.${risk.kind}`)}</span>
          </li>
        ))}
      </ul>
    );
  };
  return (
    <section className="section" aria-labelledby="origin-risks">
      <h2 id="origin-risks">{title}</h2>
      {list()}
      {canAdd && (
        <p>
          <Link to="/risques" state={{ newFrom: { origin, originId } }}>
            {t('issues.newRisk')}
          </Link>
        </p>
      )}
    </section>
  );
};

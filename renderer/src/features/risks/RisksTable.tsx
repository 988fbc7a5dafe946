import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Risk } from '../../../../shared/schemas/risks';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { VirtualTable } from '../../ui/VirtualTable';
import { LifeBadges } from '../common/RegisterLife';
import { EvaluationBadge } from '../common/EvaluationBadge';

/** "Réévaluation en retard": the re-evaluation the treatment planned is past due (the review has its own badge). */
export const ReevaluationLate = ({ risk }: { risk: Risk }) => {
  const { t } = useTranslation();
  return risk.status === 'actif' && risk.reevaluationLate ? <span className="badge badge--late">{t('risks.reevaluationLate')}</span> : null;
};

/**
 * The register: each risk or opportunity with its origin, its first and current evaluations, its
 * treatment and progress; only the rows in view are rendered (hundreds over the years).
 */
export const RisksTable = ({ risks }: { risks: readonly Risk[] }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const fields = ['reference', 'title', 'origin', 'initial', 'current', 'treatment', 'reviewDue'] as const;
  return (
    <VirtualTable
      label={t('risks.list')}
      headers={fields.map((field) => t(`risks.field.${field}`))}
      rows={risks}
      rowKey={(risk) => risk.id}
      cells={(risk) => {
        const first = risk.evaluations[0];
        const last = risk.evaluations.at(-1);
        return (
          <>
            <td className="nowrap">
              <Link to={`/risques/${risk.id}`} className="reference">
                {risk.reference}
              </Link>
              <span className="cell-detail">{t(`risks.kind.${risk.kind}`)}</span>
            </td>
            <td className="col-subject">
              {risk.title} <LifeBadges record={risk} /> <ReevaluationLate risk={risk} />
              <span className="cell-detail">{risk.ownerName}</span>
            </td>
            <td>
              {t(`risks.origin.${risk.origin}`)}
              {risk.originLabel && <span className="cell-detail">{risk.originLabel}</span>}
            </td>
            <td>{first && <EvaluationBadge evaluation={first} kind={risk.kind} />}</td>
            <td>
              {last && <EvaluationBadge evaluation={last} kind={risk.kind} />}
              {last && last.id !== first?.id && <span className="cell-detail">{formatCalendarDate(last.evaluatedOn, dateLocale)}</span>}
            </td>
            <td>
              {risk.treatment ? t(`risks.treatment.${risk.treatment}`) : t('common.none')}
              <span className="cell-detail">
                <span className={`badge badge--state-${risk.treatmentState}`}>{t(`risks.treatmentState.${risk.treatmentState}`)}</span>
              </span>
            </td>
            <td>{formatCalendarDate(risk.reviewDue, dateLocale)}</td>
          </>
        );
      }}
    />
  );
};

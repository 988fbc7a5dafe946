import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RiskScale } from '../../../../shared/domain/risks';
import type { Risk } from '../../../../shared/schemas/risks';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { EvaluationBadge } from '../common/EvaluationBadge';

const useDate = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  return (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));
};

/** Where the risk was seen, who follows it, and its dates in the register. */
export const RiskDetails = ({ risk: record }: { risk: Risk }) => {
  const { t } = useTranslation();
  const date = useDate();
  const active = record.status === 'actif';
  return (
    <dl className="details">
      <dt>{t('risks.field.origin')}</dt>
      <dd>
        {t(`risks.origin.${record.origin}`)}
        {record.originLabel && ' — '}
        {record.originRoute ? <Link to={record.originRoute}>{record.originLabel}</Link> : record.originLabel}
      </dd>
      <dt>{t('risks.field.description')}</dt>
      <dd className="nc-text">{record.description ?? t('common.none')}</dd>
      <dt>{t('risks.field.process')}</dt>
      <dd>{record.processName ?? t('common.none')}</dd>
      <dt>{t('risks.field.owner')}</dt>
      <dd>{record.ownerName}</dd>
      <dt>{t('risks.field.identifiedOn')}</dt>
      <dd>{date(record.identifiedOn)}</dd>
      <dt>{t('risks.field.lastReviewedOn')}</dt>
      <dd>{date(record.lastReviewedOn)}</dd>
      <dt>{t('risks.field.reviewDue')}</dt>
      <dd>{date(record.reviewDue)}</dd>
      {!active && (
        <>
          <dt>{t('risks.field.retiredOn')}</dt>
          <dd>
            {date(record.retiredOn)} — {record.retireReason}
          </dd>
        </>
      )}
    </dl>
  );
};

/** Every evaluation of the risk on the structure's scale, the latest last, and the next re-evaluation planned. */
export const RiskEvaluations = ({ risk: record, scale }: { risk: Risk; scale: RiskScale }) => {
  const { t } = useTranslation();
  const date = useDate();
  return (
    <section className="section" aria-labelledby="risk-evaluations">
      <h2 id="risk-evaluations">{t('risks.evaluations')}</h2>
      <div className="table-scroller table-scroller--fit" role="region" aria-label={t('risks.evaluationsList')} tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('risks.field.evaluatedOn')}</th>
              <th scope="col">{t('risks.field.likelihood')}</th>
              <th scope="col">{t('risks.field.impact')}</th>
              <th scope="col">{t('risks.field.score')}</th>
              <th scope="col">{t('risks.field.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {record.evaluations.map((evaluation) => (
              <tr key={evaluation.id}>
                <td>{date(evaluation.evaluatedOn)}</td>
                <td>
                  {evaluation.likelihood}. {scale.likelihood[evaluation.likelihood - 1]}
                </td>
                <td>
                  {evaluation.impact}. {scale.impact[evaluation.impact - 1]}
                </td>
                <td>
                  <EvaluationBadge evaluation={evaluation} kind={record.kind} />
                </td>
                <td>{evaluation.comment ?? t('common.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {record.reevaluationDue && (
        <p>
          {t('risks.field.reevaluationDue')} : {date(record.reevaluationDue)}
        </p>
      )}
    </section>
  );
};

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewInputs } from '../../../../shared/schemas/management-review';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { DecisionStatus } from './DecisionStatus';

/** Where the previous review's decisions stand today (§9.3.2 a). */
export const InputsPrevious = ({ inputs }: { inputs: ReviewInputs }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const previous = inputs.previousReview;
  return (
    <section className="inputs-section" aria-labelledby="inputs-previous">
      <h3 id="inputs-previous">{t('managementReview.inputs.previous')}</h3>
      {previous === null ? (
        <p>{t('managementReview.inputs.previousNone')}</p>
      ) : (
        <>
          <p>
            <Link to={`/revues-de-direction/${previous.id}`}>
              {t('managementReview.inputs.previousOf', { date: formatCalendarDate(previous.heldOn, dateLocale) })}
            </Link>
          </p>
          {previous.decisions.length === 0 ? (
            <p>{t('managementReview.inputs.noDecision')}</p>
          ) : (
            <ol className="decision-list">
              {previous.decisions.map((decision) => (
                <li key={decision.id}>
                  <p className="decision-list__text">{decision.text}</p>
                  <DecisionStatus decision={decision} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
};

/** Internal and external audits of the period, with their findings by grade (§9.3.2 c 6). */
export const InputsAudits = ({ inputs }: { inputs: ReviewInputs }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  return (
    <section className="inputs-section" aria-labelledby="inputs-audits">
      <h3 id="inputs-audits">{t('managementReview.inputs.audits')}</h3>
      {inputs.audits.length === 0 ? (
        <p>{t('managementReview.inputs.auditsNone')}</p>
      ) : (
        <>
          <ul className="inputs-list" data-testid="inputs-audits">
            {inputs.audits.map((audit) => (
              <li key={audit.id}>
                <Link to={`/audits/${audit.id}`} className="reference">
                  {audit.reference}
                </Link>{' '}
                {audit.title && `${audit.title} — `}
                {audit.external ? t('managementReview.inputs.external') : t('managementReview.inputs.internal')},{' '}
                {formatCalendarDate(audit.startDate, dateLocale)} :{' '}
                {audit.findings.length === 0
                  ? t('managementReview.inputs.findingsNone')
                  : audit.findings.map((finding) => `${finding.label} ${finding.count}`).join(', ')}
              </li>
            ))}
          </ul>
          {inputs.findingsByGrade.length > 0 && (
            <table className="table table--compact">
              <caption>{t('managementReview.inputs.byGrade')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('managementReview.inputs.grade')}</th>
                  <th scope="col">{t('managementReview.inputs.internalCount')}</th>
                  <th scope="col">{t('managementReview.inputs.externalCount')}</th>
                </tr>
              </thead>
              <tbody>
                {inputs.findingsByGrade.map((grade) => (
                  <tr key={grade.label}>
                    <th scope="row">{grade.label}</th>
                    <td>{grade.internal}</td>
                    <td>{grade.external}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
};

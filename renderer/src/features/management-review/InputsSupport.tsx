import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewInputs } from '../../../../shared/schemas/management-review';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/**
 * Satisfaction surveys, providers' performance and competence (§9.3.2 c 1, c 7, e): read from their
 * registers; a review held before they existed has none of them.
 */
export const InputsSupport = ({ inputs }: { inputs: ReviewInputs }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  const { satisfaction, providers, competences } = inputs;
  return (
    <>
      {satisfaction && (
        <section className="inputs-section" aria-labelledby="inputs-surveys">
          <h3 id="inputs-surveys">{t('managementReview.inputs.surveys')}</h3>
          {satisfaction.surveys.length === 0 ? (
            <p>{t('managementReview.inputs.surveysNone')}</p>
          ) : (
            <ul className="inputs-list" data-testid="inputs-surveys">
              {satisfaction.surveys.map((s) => (
                <li key={s.id}>
                  <Link to={`/enquetes/${s.id}`}>
                    {t('managementReview.inputs.surveyLine', {
                      title: s.title,
                      population: t(`surveys.population.${s.population}`),
                      responses: String(s.responses),
                      rate: s.rate === null ? t('common.none') : t('surveys.rateValue', { rate: s.rate.toLocaleString(dateLocale.code) }),
                    })}
                  </Link>
                  {!s.analysed && ` (${t('managementReview.inputs.notAnalysed')})`}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {providers && (
        <section className="inputs-section" aria-labelledby="inputs-providers">
          <h3 id="inputs-providers">{t('managementReview.inputs.providers')}</h3>
          <dl className="figures">
            {(
              [
                [t('managementReview.inputs.providersEvaluated'), providers.evaluated],
                [t('managementReview.inputs.providersPoor'), providers.poor],
                [t('managementReview.inputs.providersOverdue'), providers.overdue.length],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="figures__item">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {providers.evaluations.length > 0 && (
            <ul className="inputs-list" data-testid="inputs-providers">
              {providers.evaluations.map((e) => (
                <li key={`${e.providerId}-${e.evaluatedOn}`}>
                  <Link to={`/prestataires/${e.providerId}`}>
                    {t('managementReview.inputs.providerLine', {
                      name: e.providerName,
                      date: date(e.evaluatedOn),
                      score: e.score.toLocaleString(dateLocale.code),
                      result: t(`providers.result.${e.result}`),
                      followUps: String(e.followUps),
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {competences && (
        <section className="inputs-section" aria-labelledby="inputs-competences">
          <h3 id="inputs-competences">{t('managementReview.inputs.competences')}</h3>
          <dl className="figures">
            {(
              [
                [t('managementReview.inputs.trainingsDone'), competences.trainingsDone],
                [t('managementReview.inputs.trainingsPlanned'), competences.trainingsPlanned],
                [t('managementReview.inputs.lapsed'), competences.lapsed.length],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="figures__item">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {competences.lapsed.length > 0 && (
            <ul className="inputs-list">
              {competences.lapsed.map((l) => (
                <li key={`${l.personName}-${l.title}-${l.expiresOn}`}>
                  {t('managementReview.inputs.lapsedLine', { person: l.personName, title: l.title, date: date(l.expiresOn) })}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
};

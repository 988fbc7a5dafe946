import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProviderEvaluation } from '../../../../shared/schemas/providers';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';

type Props = {
  evaluation: ProviderEvaluation;
  /** Opens the form of an action, or of the nonconformity, this evaluation leads to. */
  onAddAction: () => void;
  onOpenNc: () => void;
};

/** One evaluation of a provider: its result and mean, the score on each criterion, its comment, the action and nonconformity it led to. */
export const EvaluationCard = ({ evaluation, onAddAction, onOpenNc }: Props) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  return (
    <article
      className="card"
      aria-label={t('providers.evaluationOf', { date: date(evaluation.evaluatedOn), name: evaluation.evaluatedByName })}
    >
      <h3 className="card__title">
        {t('providers.evaluationOf', { date: date(evaluation.evaluatedOn), name: evaluation.evaluatedByName })}{' '}
        <span className={`badge badge--evaluation-${evaluation.result}`}>{t(`providers.result.${evaluation.result}`)}</span>
      </h3>
      <p>{t('providers.score', { score: evaluation.score.toLocaleString(dateLocale.code) })}</p>
      <table className="table" aria-label={t('providers.field.score')}>
        <thead>
          <tr>
            <th scope="col">{t('providers.field.label')}</th>
            <th scope="col">{t('providers.field.score')}</th>
          </tr>
        </thead>
        <tbody>
          {evaluation.scores.map((score) => (
            <tr key={score.criterionId}>
              <td>{score.label}</td>
              <td>{t(`providers.scoreStep.${String(score.score) as '1'}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {evaluation.comment && <p className="nc-text">{evaluation.comment}</p>}
      <h4>{t('providers.followUps')}</h4>
      {evaluation.actions.length === 0 && evaluation.nonconformity === null ? (
        evaluation.result === 'satisfaisant' ? (
          <p>{t('common.none')}</p>
        ) : (
          <p className="form__help">{t('providers.noFollowUp')}</p>
        )
      ) : (
        <ul className="link-list">
          {evaluation.actions.map((action) => (
            <li key={action.id} className="link-list__item">
              <Link to={`/actions/${action.id}`} className="reference">
                {action.reference}
              </Link>{' '}
              {action.description} — {t(`actions.status.${action.status}`)}
            </li>
          ))}
          {evaluation.nonconformity && (
            <li className="link-list__item">
              <Link to={`/non-conformites/${evaluation.nonconformity.id}`} className="reference">
                {evaluation.nonconformity.reference}
              </Link>{' '}
              {t(`nonconformities.status.${evaluation.nonconformity.status}`)}
            </li>
          )}
        </ul>
      )}
      <div className="form__actions form__actions--start">
        <Button onPress={onAddAction}>{t('providers.addAction')}</Button>
        {evaluation.nonconformity === null && <Button onPress={onOpenNc}>{t('providers.openNc')}</Button>}
      </div>
    </article>
  );
};

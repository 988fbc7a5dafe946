import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Provider } from '../../../../shared/schemas/providers';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/** The providers of the register: kind, what they supply, their last evaluation and the next one due (late in a badge). */
export const ProvidersTable = ({ providers }: { providers: Provider[] }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  return (
    <div className="table-scroller table-scroller--fit" role="region" aria-label={t('providers.list')} tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('providers.field.name')}</th>
            <th scope="col">{t('providers.field.kind')}</th>
            <th scope="col">{t('providers.field.supplies')}</th>
            <th scope="col">{t('providers.field.lastEvaluation')}</th>
            <th scope="col">{t('providers.field.nextEvaluationDue')}</th>
          </tr>
        </thead>
        <tbody>
          {providers.map((provider) => (
            <tr key={provider.id} className={provider.active ? undefined : 'row--inactive'}>
              <td>
                <Link to={`/prestataires/${provider.id}`}>{provider.name}</Link>
                {!provider.active && <span className="cell-detail">{t('providers.inactive')}</span>}
              </td>
              <td>{t(`providers.kind.${provider.kind}`)}</td>
              <td className="col-subject">{provider.supplies}</td>
              <td>
                {provider.lastEvaluation ? (
                  <>
                    <span className={`badge badge--evaluation-${provider.lastEvaluation.result}`}>
                      {t(`providers.result.${provider.lastEvaluation.result}`)}
                    </span>
                    <span className="cell-detail">
                      {date(provider.lastEvaluation.evaluatedOn)} —{' '}
                      {t('providers.score', { score: provider.lastEvaluation.score.toLocaleString(dateLocale.code) })}
                    </span>
                  </>
                ) : (
                  t('providers.neverEvaluated')
                )}
              </td>
              <td className="nowrap">
                {provider.active ? date(provider.nextEvaluationDue) : t('common.none')}
                {provider.evaluationLate && <span className="cell-detail badge badge--late">{t('providers.late')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

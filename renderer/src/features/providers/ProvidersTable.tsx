import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Provider } from '../../../../shared/schemas/providers';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { VirtualTable } from '../../ui/VirtualTable';

const fields = ['name', 'kind', 'supplies', 'lastEvaluation', 'nextEvaluationDue'] as const;

/**
 * The providers of the register: kind, what they supply, their last evaluation and the next one due
 * (late in a badge); only the rows in view are drawn (those no longer used stay listed for years).
 */
export const ProvidersTable = ({ providers }: { providers: Provider[] }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  return (
    <VirtualTable
      label={t('providers.list')}
      headers={fields.map((field) => t(`providers.field.${field}`))}
      rows={providers}
      rowKey={(provider) => provider.id}
      rowClassName={(provider) => (provider.active ? undefined : 'row--inactive')}
      cells={(provider) => (
        <>
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
        </>
      )}
    />
  );
};

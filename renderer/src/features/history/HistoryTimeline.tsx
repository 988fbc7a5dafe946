import { useTranslation } from 'react-i18next';
import type { HistoryEntity } from '../../../../shared/schemas/history';
import { formatInstant } from '../../i18n/format';
import { useLocale } from '../../i18n';
import { useHistory } from './hooks';
import { QueryFallback } from '../../ui/list/QueryView';

type HistoryTimelineProps = {
  entity: HistoryEntity;
  entityId: number;
  /** Label of a recorded field. */
  fieldLabel: (field: string) => string;
  /** How a recorded value reads (enum labels, dates); null and '' read as "(vide)". */
  formatValue: (field: string, value: unknown) => string;
};

/** Who changed what and when, newest first: the audit trail of one record. */
export const HistoryTimeline = ({ entity, entityId, fieldLabel, formatValue }: HistoryTimelineProps) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const history = useHistory(entity, entityId);
  if (!history.isSuccess) return <QueryFallback query={history} />;
  if (history.data.length === 0) return <p>{t('history.empty')}</p>;
  const show = (field: string, value: unknown) => (value === null || value === '' ? t('history.empty_value') : formatValue(field, value));
  return (
    <ol className="timeline">
      {history.data.map((entry) => (
        <li key={entry.id} className="timeline__entry">
          <p className="timeline__head">
            <strong>{t(`history.action.${entry.action}` as 'history.action.create', { defaultValue: entry.action })}</strong> —{' '}
            <time dateTime={entry.at}>{formatInstant(entry.at, dateLocale)}</time> {t('history.by', { actor: entry.actor })}
            {entry.account !== null && entry.account !== entry.actor && (
              <span className="timeline__account"> ({t('history.account', { account: entry.account })})</span>
            )}
          </p>
          <ul className="timeline__changes">
            {entry.changes.map((change) => (
              <li key={change.field}>
                <span className="timeline__field">{fieldLabel(change.field)}</span> :{' '}
                {entry.action === 'create' || change.before === null ? (
                  show(change.field, change.after)
                ) : (
                  <>
                    <del>{show(change.field, change.before)}</del> → <ins>{show(change.field, change.after)}</ins>
                  </>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
};

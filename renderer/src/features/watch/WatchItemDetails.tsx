import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WatchItem } from '../../../../shared/schemas/watch';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/** What was noticed, where and when, its impact analysis and decision, and who was told. */
export const WatchItemDetails = ({ item: record }: { item: WatchItem }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));
  const informed = [...record.informed.map((person) => person.name), ...(record.informedOthers ? [record.informedOthers] : [])];
  return (
    <dl className="details">
      <dt>{t('watch.field.noticedOn')}</dt>
      <dd>{date(record.noticedOn)}</dd>
      <dt>{t('watch.field.source')}</dt>
      <dd>{record.sourceId ? <Link to={`/veille/sources/${record.sourceId}`}>{record.sourceName}</Link> : t('watch.noSource')}</dd>
      <dt>{t('watch.field.domain')}</dt>
      <dd>{t(`watch.domain.${record.domain}`)}</dd>
      <dt>{t('watch.field.summary')}</dt>
      <dd className="nc-text">{record.summary}</dd>
      <dt>{t('watch.field.url')}</dt>
      <dd>
        {record.url ? (
          <a href={record.url} target="_blank" rel="noreferrer noopener">
            {record.url}
          </a>
        ) : (
          t('common.none')
        )}
      </dd>
      <dt>{t('watch.field.process')}</dt>
      <dd>{record.processName ?? t('common.none')}</dd>
      <dt>{t('watch.field.analysis')}</dt>
      <dd className="nc-text">{record.analysis ?? t('common.none')}</dd>
      <dt>{t('watch.field.impact')}</dt>
      <dd>{record.impact ? t(`watch.impact.${record.impact}`) : t('common.none')}</dd>
      <dt>{t('watch.field.decision')}</dt>
      <dd>
        {record.decision ? `${t(`watch.decision.${record.decision}`)} — ${date(record.decidedOn)}` : t('common.none')}
        {record.decisionNote && <span className="cell-detail">{record.decisionNote}</span>}
      </dd>
      <dt>{t('watch.field.informed')}</dt>
      <dd>{informed.length === 0 ? t('watch.notInformed') : `${informed.join(', ')} — ${date(record.informedOn)}`}</dd>
    </dl>
  );
};

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Party } from '../../../../shared/schemas/parties';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/** What answers the party, as links to each record. */
const Answers = ({ items, path }: { items: readonly { id: number; name: string }[]; path: string | null }) => {
  const { t } = useTranslation();
  if (items.length === 0) return <>{t('common.none')}</>;
  return (
    <ul className="link-list">
      {items.map((item) => (
        <li key={item.id} className="link-list__item">
          {path === null ? item.name : <Link to={`${path}/${item.id}`}>{item.name}</Link>}
        </li>
      ))}
    </ul>
  );
};

/** What the party expects, how much it weighs, what answers it, and its dates in the register. */
export const PartyDetails = ({ party: record }: { party: Party }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const active = record.status === 'actif';
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));
  return (
    <dl className="details">
      <dt>{t('issues.field.nature')}</dt>
      <dd>{t(`issues.nature.${record.nature}`)}</dd>
      <dt>{t('parties.field.relevance')}</dt>
      <dd>{t(`parties.relevance.${record.relevance}`)}</dd>
      <dt>{t('parties.field.needs')}</dt>
      <dd className="nc-text">{record.needs}</dd>
      <dt>{t('parties.field.response')}</dt>
      <dd className="nc-text">{record.response ?? t('common.none')}</dd>
      <dt>{t('parties.field.processes')}</dt>
      <dd>
        <Answers items={record.processes} path={null} />
      </dd>
      <dt>{t('parties.field.documents')}</dt>
      <dd>
        <Answers items={record.documents} path="/documents" />
      </dd>
      <dt>{t('parties.field.indicators')}</dt>
      <dd>
        <Answers items={record.indicators} path="/indicateurs" />
      </dd>
      <dt>{t('parties.field.climate')}</dt>
      <dd className="nc-text">{record.climate ?? t('common.none')}</dd>
      <dt>{t('parties.field.identifiedOn')}</dt>
      <dd>{date(record.identifiedOn)}</dd>
      <dt>{t('parties.field.lastReviewedOn')}</dt>
      <dd>{date(record.lastReviewedOn)}</dd>
      <dt>{t('parties.field.reviewDue')}</dt>
      <dd>{date(record.reviewDue)}</dd>
      {!active && (
        <>
          <dt>{t('parties.field.retiredOn')}</dt>
          <dd>
            {date(record.retiredOn)} — {record.retireReason}
          </dd>
        </>
      )}
    </dl>
  );
};

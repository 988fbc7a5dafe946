import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Complaint } from '../../../../shared/schemas/complaints';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/** What a réclamation holds: who, when and how, its subject, the response and its time, its analysis, its action and nonconformity. */
export const ComplaintDetails = ({ record }: { record: Complaint }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));
  return (
    <dl className="details">
      <dt>{t('complaints.field.complainantKind')}</dt>
      <dd>
        {t(`complaints.complainantKind.${record.complainantKind}`)}
        {record.complainant && ` — ${record.complainant}`}
      </dd>
      <dt>{t('complaints.field.receivedOn')}</dt>
      <dd>
        {date(record.receivedOn)} — {t(`complaints.channel.${record.channel}`)}
      </dd>
      <dt>{t('complaints.field.subject')}</dt>
      <dd className="nc-text">{record.subject}</dd>
      <dt>{t('complaints.field.process')}</dt>
      <dd>{record.processName ?? t('common.none')}</dd>
      <dt>{t('complaints.field.handledBy')}</dt>
      <dd>{record.handledByName ?? t('common.none')}</dd>
      <dt>{t('complaints.field.responseDue')}</dt>
      <dd>{date(record.responseDue)}</dd>
      <dt>{t('complaints.field.respondedOn')}</dt>
      <dd>{date(record.respondedOn)}</dd>
      <dt>{t('complaints.field.responseDays')}</dt>
      <dd data-testid="response-days">
        {record.responseDays === null ? t('common.none') : t('complaints.days', { count: record.responseDays })}
      </dd>
      <dt>{t('complaints.field.response')}</dt>
      <dd className="nc-text">{record.response ?? t('common.none')}</dd>
      <dt>{t('complaints.field.analysis')}</dt>
      <dd data-testid="complaint-analysis">
        {record.founded === null || record.analysedOn === null
          ? t('complaints.notAnalysed')
          : t('complaints.foundedOn', { founded: t(`complaints.founded.${record.founded}`), date: date(record.analysedOn) })}
      </dd>
      <dt>{t('complaints.field.cause')}</dt>
      <dd className="nc-text">{record.cause ?? t('common.none')}</dd>
      <dt>{t('complaints.field.action')}</dt>
      <dd>
        {record.action ? (
          <Link to={`/actions/${record.action.id}`}>
            {record.action.reference} — {t(`actions.status.${record.action.status}`)}
          </Link>
        ) : (
          t('common.none')
        )}
      </dd>
      <dt>{t('complaints.field.nonconformity')}</dt>
      <dd>
        {record.nonconformity ? (
          <Link to={`/non-conformites/${record.nonconformity.id}`}>
            {record.nonconformity.reference} — {t(`nonconformities.status.${record.nonconformity.status}`)}
          </Link>
        ) : (
          t('common.none')
        )}
      </dd>
    </dl>
  );
};

import { useTranslation } from 'react-i18next';
import type { QualityDocument } from '../../../../shared/schemas/documents';
import { todayOnThisComputer } from '../../app/today';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { ReviewBadge } from './ReviewBadge';

/** The document's record: what it is, who owns it, which version is in force, when it is reviewed next. */
export const DocumentDetails = ({ document }: { document: QualityDocument }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));
  return (
    <section aria-label={t('documents.details')}>
      <dl className="details">
        <dt>{t('documents.field.type')}</dt>
        <dd>{t(`documents.type.${document.type}`)}</dd>
        <dt>{t('documents.field.status')}</dt>
        <dd>{t(`documents.status.${document.status}`)}</dd>
        <dt>{t('documents.field.inForce')}</dt>
        <dd>
          {document.inForce
            ? `${document.inForce.indice} — ${t('documents.field.effectiveDate').toLowerCase()} ${date(document.inForce.effectiveDate)}`
            : t('common.none')}
        </dd>
        <dt>{t('documents.field.process')}</dt>
        <dd>{document.processName ?? t('common.none')}</dd>
        <dt>{t('documents.field.owner')}</dt>
        <dd>{document.ownerName ?? t('common.none')}</dd>
        <dt>{t('documents.field.reviewPeriodMonths')}</dt>
        <dd>{document.reviewPeriodMonths}</dd>
        <dt>{t('documents.field.lastReviewDate')}</dt>
        <dd>{date(document.lastReviewDate)}</dd>
        <dt>{t('documents.field.nextReviewDue')}</dt>
        <dd>
          {date(document.nextReviewDue)} <ReviewBadge document={document} today={todayOnThisComputer()} />
        </dd>
      </dl>
    </section>
  );
};

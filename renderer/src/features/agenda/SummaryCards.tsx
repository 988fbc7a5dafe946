import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaSummary } from '../../../../shared/schemas/agenda';

/** Four figures that say whether the system is alive: reviews on time, open NCs, late actions, next audit. */
export const SummaryCards = ({ summary }: { summary: AgendaSummary }) => {
  const { t } = useTranslation();
  const { documentsInForce: total, documentsReviewedOnTime: onTime, nextExternalAudit: next } = summary;
  const openNc = summary.openNonconformities.majeure + summary.openNonconformities.mineure + summary.openNonconformities.observation;
  return (
    <section className="summary" aria-label={t('agenda.summary.title')}>
      <div className="summary__card">
        <p className="summary__label">{t('agenda.summary.reviewedOnTime')}</p>
        <p className="summary__value">
          {total === 0
            ? t('agenda.summary.noDocuments')
            : t('agenda.summary.reviewedOnTimeValue', {
                percent: String(Math.round((onTime / total) * 100)),
                onTime: String(onTime),
                total: String(total),
              })}
        </p>
      </div>
      <div className="summary__card">
        <p className="summary__label">{t('agenda.summary.openNc')}</p>
        <p className="summary__value">
          {openNc === 0
            ? t('agenda.summary.openNcNone')
            : t('agenda.summary.openNcValue', {
                majeure: String(summary.openNonconformities.majeure),
                mineure: String(summary.openNonconformities.mineure),
                observation: String(summary.openNonconformities.observation),
              })}
        </p>
      </div>
      <div className={`summary__card${summary.overdueActions > 0 ? ' summary__card--alert' : ''}`}>
        <p className="summary__label">{t('agenda.summary.overdueActions')}</p>
        <p className="summary__value">
          {summary.overdueActions > 0 && <span aria-hidden="true">⚠ </span>}
          {summary.overdueActions}
        </p>
      </div>
      <div className="summary__card">
        <p className="summary__label">{t('agenda.summary.nextAudit')}</p>
        <p className="summary__value">
          {next ? (
            <Link to={`/audits/${next.id}`}>
              {t('agenda.summary.nextAuditValue', {
                reference: next.reference,
                when: next.inDays === 0 ? t('agenda.today') : t('agenda.inDays', { count: next.inDays }),
              })}
            </Link>
          ) : (
            t('agenda.summary.noAudit')
          )}
        </p>
      </div>
    </section>
  );
};

import { useTranslation } from 'react-i18next';
import type { DocumentVersion } from '../../../../shared/schemas/versions';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

const statusIcons = { brouillon: '✎', soumis: '◷', en_vigueur: '✓', obsolete: '⊘' } as const;

/** One version as an auditor reads it: status, what changed, who wrote, checked and approved it, when. */
export const VersionCard = ({ version, children }: { version: DocumentVersion; children?: React.ReactNode }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : null);
  const signature = (name: string | null, on: string | null) =>
    name ? `${name}${on ? ` — ${date(on)}` : ''}` : on ? date(on) : t('common.none');
  return (
    <article className={`version version--${version.status}`} aria-labelledby={`version-${version.id}`}>
      <header className="version__header">
        <h3 id={`version-${version.id}`} className="version__title">
          {t('versions.indice', { indice: version.indice })}
        </h3>
        <span className={`badge badge--version-${version.status}`}>
          <span aria-hidden="true">{statusIcons[version.status]} </span>
          {t(`versions.status.${version.status}`)}
          {version.obsoleteReason && ` — ${t(`versions.obsoleteReason.${version.obsoleteReason}`)}`}
        </span>
      </header>
      <dl className="version__details">
        <dt>{t('documents.field.changeSummary')}</dt>
        <dd>{version.changeSummary ?? t('common.none')}</dd>
        <dt>{t('documents.field.writtenBy')}</dt>
        <dd>{signature(version.writtenByName, version.writtenOn)}</dd>
        <dt>{t('documents.field.checkedBy')}</dt>
        <dd>{signature(version.checkedByName, version.checkedOn)}</dd>
        <dt>{t('documents.field.approvedBy')}</dt>
        <dd>{signature(version.approvedByName, version.approvedOn)}</dd>
        <dt>{t('documents.field.effectiveDate')}</dt>
        <dd>{date(version.effectiveDate) ?? t('common.none')}</dd>
        {version.status === 'obsolete' && (
          <>
            <dt>{t('documents.field.comment')}</dt>
            <dd>
              {version.obsoleteComment}
              {version.obsoleteOn && ` (${t('versions.obsoleteSince', { date: formatCalendarDate(version.obsoleteOn, dateLocale) })})`}
            </dd>
          </>
        )}
      </dl>
      {children}
    </article>
  );
};

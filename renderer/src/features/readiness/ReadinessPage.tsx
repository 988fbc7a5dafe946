import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readinessFileName } from '../../../../shared/domain/pack';
import { likelyGrades } from '../../../../shared/domain/readiness/types';
import type { Readiness } from '../../../../shared/schemas/readiness';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { DateField } from '../../ui/DateField';
import { FilterBar, FilterSelect } from '../../ui/list/FilterBar';
import { ShowAllButton, useFirstLines } from '../../ui/list/FirstLines';
import { QueryFallback } from '../../ui/list/QueryView';
import { idParam, useUrlFilters } from '../../ui/list/useUrlFilters';
import { PageHeader } from '../../ui/PageHeader';
import { PdfJobButton } from '../../ui/pdf/PdfJobButton';
import { useAuditList } from '../common/lookups';
import './readiness.css';

const readQuery = (params: URLSearchParams) => {
  const auditId = idParam(params.get('audit'));
  const date = params.get('date');
  return auditId !== undefined ? { auditId } : date ? { date } : {};
};

/** The figure by likely grade, and where it stood on the body's last audit. */
const Figure = ({ data }: { data: Readiness }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  return (
    <section className="readiness-figure" aria-label={t('readiness.figureLabel')}>
      {likelyGrades.map((grade) => (
        <div key={grade} className={`readiness-figure__card readiness-figure__card--${grade}`} data-testid={`readiness-${grade}`}>
          <span className="readiness-figure__value">{data.figure[grade]}</span>
          <span className="readiness-figure__label">{t('readiness.likely', { grade: data.scale[grade] })}</span>
          {data.before !== null && (
            <span className="readiness-figure__before">
              {t('readiness.before', { count: data.before[grade], reference: data.lastBodyAudit?.reference ?? '' })}
            </span>
          )}
        </div>
      ))}
      {data.lastBodyAudit === null ? (
        <p className="readiness-figure__note">{t('readiness.noBodyAudit')}</p>
      ) : (
        <p className="readiness-figure__note">
          {t('readiness.sinceLast', {
            reference: data.lastBodyAudit.reference,
            date: formatCalendarDate(data.lastBodyAudit.startDate, dateLocale),
          })}
        </p>
      )}
    </section>
  );
};

/** « Prêt pour l'audit ? »: what the auditor would likely find on the chosen audit's day, grouped by requirement. */
export const ReadinessPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const filters = useUrlFilters(readQuery);
  // Thousands of findings on a large file: each requirement shows its first ones until asked for all.
  const { lines, expand } = useFirstLines();
  const audits = useAuditList({});
  const readiness = useQuery({ queryKey: queryKeys.readiness(filters.query), queryFn: () => call('readiness.check', filters.query) });
  const auditOptions = (audits.data ?? [])
    .filter((audit) => audit.status !== 'annule')
    .map((audit) => ({
      id: String(audit.id),
      label: `${audit.reference} — ${t(`audits.type.${audit.type}`)} — ${formatCalendarDate(audit.startDate, dateLocale)}`,
    }));

  const content = () => {
    if (!readiness.isSuccess) return <QueryFallback query={readiness} />;
    const data = readiness.data;
    const target = data.audit
      ? t('readiness.forAudit', { reference: data.audit.reference, date: formatCalendarDate(data.audit.startDate, dateLocale) })
      : t('readiness.forDate', { date: formatCalendarDate(data.asOf, dateLocale) });
    return (
      <>
        <p className="readiness-target" data-testid="readiness-target">
          {target}
        </p>
        <Figure data={data} />
        <PdfJobButton
          label={t('readiness.pdf')}
          fileName={readinessFileName(data.asOf)}
          start={(targetId) => call('readiness.startPdf', { ...filters.query, ...(targetId ? { targetId } : {}) })}
        />
        {data.groups.length === 0 ? (
          <p className="card" data-testid="readiness-none">
            {t('readiness.none')}
          </p>
        ) : (
          data.groups.map((group) => (
            <section key={group.requirement.number} className="section" aria-labelledby={`req-${group.requirement.number}`}>
              <h2 id={`req-${group.requirement.number}`}>
                {group.requirement.id === null ? (
                  `§ ${group.requirement.number} ${group.requirement.title}`
                ) : (
                  <Link to={`/exigences/${group.requirement.id}`}>{`§ ${group.requirement.number} ${group.requirement.title}`}</Link>
                )}
              </h2>
              <ul className="readiness-list">
                {lines(group.requirement.number, group.items).map((item) => (
                  <li key={`${item.ruleId}:${item.key}`} className="readiness-item" data-rule={item.ruleId}>
                    <p className="readiness-item__what">
                      <span className={`badge readiness-grade readiness-grade--${item.grade}`}>
                        {t('readiness.likely', { grade: item.gradeLabel })}
                      </span>{' '}
                      {item.what}
                    </p>
                    <p className="readiness-item__evidence">
                      {t('readiness.evidence')} {item.evidence} <span className="readiness-item__cites">({item.cites})</span>
                    </p>
                    <Link className="button" to={item.link}>
                      {t('readiness.fix')}
                    </Link>
                  </li>
                ))}
              </ul>
              <ShowAllButton
                shown={lines(group.requirement.number, group.items).length}
                total={group.items.length}
                label={t('readiness.showAll', { count: group.items.length })}
                onPress={expand(group.requirement.number)}
              />
            </section>
          ))
        )}
      </>
    );
  };

  return (
    <>
      <PageHeader title={t('readiness.title')} subtitle={t('readiness.subtitle')} />
      <FilterBar label={t('readiness.choose')}>
        <FilterSelect
          filters={filters}
          param="audit"
          label={t('readiness.audit')}
          options={auditOptions}
          allLabel={t('readiness.nextAudit')}
        />
        <DateField
          label={t('readiness.date')}
          value={filters.params.get('date')}
          onChange={(value) => {
            filters.set('audit', null);
            filters.set('date', value);
          }}
        />
      </FilterBar>
      {content()}
    </>
  );
};

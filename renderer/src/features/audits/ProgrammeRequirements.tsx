import { useTranslation } from 'react-i18next';
import type { AuditProgramme } from '../../../../shared/schemas/audits';
import { EmptyState } from '../../ui/States';
import { ProgrammeAuditHeaders, ProgrammeCells } from './ProgrammeCells';

/**
 * Chapters and clauses of the referential down, internal audits across: which clause each audit
 * covers (by its scope or its checklist), and the applicable clauses no audit of the cycle covers.
 */
export const ProgrammeRequirements = ({ programme }: { programme: AuditProgramme }) => {
  const { t } = useTranslation();
  const { audits, requirements } = programme;
  if (requirements.rows.length === 0) {
    return <EmptyState title={t('audits.programme.requirements.emptyTitle')}>{t('audits.programme.requirements.emptyText')}</EmptyState>;
  }
  const clauses = requirements.rows.filter((row) => row.depth === 1 && row.applicable);
  const gaps = clauses.filter((row) => row.auditIds.length === 0).length;
  return (
    <>
      <p className="count">
        {t('audits.programme.requirements.summary', {
          referentials: requirements.referentials.map((referential) => `${referential.name} (${referential.edition})`).join(', '),
          covered: String(clauses.length - gaps),
          total: String(clauses.length),
        })}
      </p>
      <div className="table-scroller table-scroller--auto" role="region" aria-label={t('audits.programme.requirements.table')} tabIndex={0}>
        <table className="table programme">
          <thead>
            <tr>
              <th scope="col">{t('audits.programme.requirements.requirement')}</th>
              <ProgrammeAuditHeaders audits={audits} />
              <th scope="col">{t('audits.programme.auditedCount')}</th>
            </tr>
          </thead>
          <tbody>
            {requirements.rows.map((row) => {
              const gap = row.applicable && row.auditIds.length === 0;
              return (
                <tr
                  key={row.id}
                  className={
                    [row.depth === 0 ? 'programme__chapter' : '', gap && row.depth === 1 ? 'programme__gap' : ''].join(' ').trim() ||
                    undefined
                  }
                >
                  <th scope="row" className={row.depth === 1 ? 'programme__clause' : undefined}>
                    <span className="reference">{row.number}</span> {row.title}
                  </th>
                  <ProgrammeCells audits={audits} covered={new Set(row.auditIds)} />
                  <td>
                    {!row.applicable ? (
                      <span className="programme__none">{t('audits.programme.requirements.notApplicable')}</span>
                    ) : gap ? (
                      <span className="badge badge--overdue">
                        <span aria-hidden="true">⚠ </span>
                        {t('audits.programme.notAudited')}
                      </span>
                    ) : (
                      row.auditIds.length
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
};

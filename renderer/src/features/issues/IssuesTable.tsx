import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { swotQuadrantOf, swotQuadrants, type IssueGrouping } from '../../../../shared/domain/issues';
import type { Issue } from '../../../../shared/schemas/issues';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { LifeBadges } from '../common/RegisterLife';

/** The issues grouped as the structure chose: SWOT quadrants, or nature then heading. */
const groupsOf = (issues: readonly Issue[], grouping: IssueGrouping, t: TFunction): { key: string; title: string; issues: Issue[] }[] => {
  if (grouping === 'swot') {
    return swotQuadrants.map((quadrant) => ({
      key: quadrant,
      title: t(`issues.quadrant.${quadrant}`),
      issues: issues.filter((issue) => swotQuadrantOf(issue) === quadrant),
    }));
  }
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) {
    const title = `${t(`issues.nature.${issue.nature}`)} — ${issue.heading ?? t('issues.noHeading')}`;
    groups.set(title, [...(groups.get(title) ?? []), issue]);
  }
  return [...groups.entries()].map(([title, grouped]) => ({ key: title, title, issues: grouped }));
};

/** The issues register, one table per group, each issue linking to its page. */
export const IssuesTable = ({ issues, grouping }: { issues: readonly Issue[]; grouping: IssueGrouping }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  return (
    <>
      {groupsOf(issues, grouping, t).map((group, index) => (
        <section key={group.key} className="context-group" aria-labelledby={`issue-group-${index}`}>
          <h2 id={`issue-group-${index}`}>
            {group.title} ({group.issues.length})
          </h2>
          {group.issues.length === 0 ? (
            <p className="cell-detail">—</p>
          ) : (
            <div className="table-scroller table-scroller--fit" role="region" aria-labelledby={`issue-group-${index}`} tabIndex={0}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('issues.field.title')}</th>
                    <th scope="col">{t('issues.field.nature')}</th>
                    <th scope="col">{t('issues.field.heading')}</th>
                    <th scope="col">{t('issues.field.source')}</th>
                    <th scope="col">{t('issues.field.identifiedOn')}</th>
                    <th scope="col">{t('issues.field.reviewDue')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.issues.map((issue) => (
                    <tr key={issue.id}>
                      <td className="col-subject">
                        <Link to={`/contexte/enjeux/${issue.id}`}>{issue.title}</Link> <LifeBadges record={issue} />
                      </td>
                      <td>
                        {t(`issues.nature.${issue.nature}`)}
                        <span className="cell-detail">{t(`issues.effect.${issue.effect}`)}</span>
                      </td>
                      <td>{issue.heading ?? t('common.none')}</td>
                      <td>{issue.source ?? t('common.none')}</td>
                      <td>{formatCalendarDate(issue.identifiedOn, dateLocale)}</td>
                      <td>{formatCalendarDate(issue.reviewDue, dateLocale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </>
  );
};

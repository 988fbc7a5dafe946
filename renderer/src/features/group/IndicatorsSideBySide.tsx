import { useTranslation } from 'react-i18next';
import { formatIndicatorValue } from '../../../../shared/domain/indicator-values';
import type { GroupView } from '../../../../shared/schemas/group';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/** Each indicator (by its name) on a line, each member in a column: its latest value by its snapshot's day. */
export const IndicatorsSideBySide = ({ view }: { view: GroupView }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const members = view.members.filter((member) => member.asOf !== null && member.problem === null);
  const names = [...new Set(members.flatMap((member) => member.indicators.map((indicator) => indicator.name)))].sort((a, b) =>
    a.localeCompare(b, 'fr'),
  );
  if (names.length === 0) return <p>{t('group.indicators.none')}</p>;
  return (
    <div className="table-scroller" role="region" aria-label={t('group.indicators.title')} tabIndex={0}>
      <table className="table" data-testid="group-indicators">
        <thead>
          <tr>
            <th scope="col">{t('group.indicators.indicator')}</th>
            {members.map((member) => (
              <th key={member.memberId} scope="col">
                {member.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {names.map((name) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              {members.map((member) => {
                const indicator = member.indicators.find((candidate) => candidate.name === name);
                return (
                  <td key={member.memberId}>
                    {!indicator
                      ? '—'
                      : indicator.value === null || indicator.periodEnd === null
                        ? t('group.indicators.notMeasured')
                        : t('group.indicators.value', {
                            value: formatIndicatorValue(indicator.value, indicator.unit, indicator.scaleMax),
                            date: formatCalendarDate(indicator.periodEnd, dateLocale),
                          })}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

import { useTranslation } from 'react-i18next';
import type { GroupView } from '../../../../shared/schemas/group';
import { nonconformitySeverityLabels, nonconformityStatusLabels } from '../../../../shared/labels/nonconformities';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { useExtend } from './hooks';

/** Every member side by side, each figure « au » its snapshot's day, then what is late at each. */
export const GroupOverview = ({ view, onNotice }: { view: GroupView; onNotice: (message: string) => void }) => {
  const { t, i18n } = useTranslation();
  const extend = useExtend();
  const extended = new Set(view.extensions.map((extension) => `${extension.memberId}:${extension.ncReference}`));
  const { dateLocale } = useLocale();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  if (view.members.length === 0) return <p>{t('group.noMembers')}</p>;
  return (
    <>
      <div className="table-scroller" role="region" aria-label={t('group.overview')} tabIndex={0}>
        <table className="table" data-testid="group-overview">
          <thead>
            <tr>
              <th scope="col">{t('group.field.memberName')}</th>
              <th scope="col">{t('group.asOf')}</th>
              <th scope="col">{t('group.openNcs')}</th>
              <th scope="col">{t('group.overdueActions')}</th>
              <th scope="col">{t('group.lateItems')}</th>
            </tr>
          </thead>
          <tbody>
            {view.members.map((member) => (
              <tr key={member.memberId}>
                <th scope="row">{member.name}</th>
                <td>{member.asOf ? t('group.asOfDate', { date: date(member.asOf) }) : t('group.nothingYet')}</td>
                <td>{member.problem ?? (member.asOf ? member.openNonconformities.length : '—')}</td>
                <td>{member.summary ? member.summary.overdueActions : '—'}</td>
                <td>{member.asOf && !member.problem ? member.late.length : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.members
        .filter((member) => member.asOf && (member.late.length > 0 || member.openNonconformities.length > 0))
        .map((member) => (
          <section key={member.memberId} className="section" aria-labelledby={`group-member-${member.memberId}`}>
            <h3 id={`group-member-${member.memberId}`}>
              {member.name} — {t('group.asOfDate', { date: date(member.asOf ?? '') })}
            </h3>
            {member.late.length > 0 && (
              <ul>
                {member.late.map((item) => (
                  <li key={item.key}>
                    {item.reference ? `${item.reference} — ` : ''}
                    {item.label} : {t('group.lateBy', { days: String(item.daysLate), due: date(item.due) })}
                  </li>
                ))}
              </ul>
            )}
            {member.openNonconformities.length > 0 && (
              <ul>
                {member.openNonconformities.map((nc) => (
                  <li key={nc.id}>
                    {nc.reference} — {nc.description} ({nonconformitySeverityLabels[language][nc.severity]},{' '}
                    {nonconformityStatusLabels[language][nc.status]}){' '}
                    {extended.has(`${member.memberId}:${nc.reference}`) ? (
                      t('group.extension.already')
                    ) : (
                      <Button
                        variant="quiet"
                        isDisabled={extend.isPending}
                        onPress={() =>
                          extend.mutate(
                            { memberId: member.memberId, nonconformityId: nc.id },
                            { onSuccess: () => onNotice(t('group.extension.extended', { reference: nc.reference })) },
                          )
                        }
                      >
                        {t('group.extension.extend', { reference: nc.reference })}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
    </>
  );
};

import { useTranslation } from 'react-i18next';
import { FileTrigger } from 'react-aria-components';
import type { Group } from '../../../../shared/schemas/group';
import { ApiCallError } from '../../api/client';
import { useErrorText } from '../../api/errorText';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { AddMemberForm } from './GroupForms';
import { useImportSnapshot, useRemoveMember } from './hooks';

/** The group's members with their fingerprint and latest snapshot; declaring, removing, importing a snapshot. */
export const MembersSection = ({ group, onNotice }: { group: Group; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const text = useErrorText();
  const { dateLocale } = useLocale();
  const importing = useImportSnapshot();
  const remove = useRemoveMember();
  const failure = importing.error ?? remove.error;
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  const current = group.members.filter((member) => member.removedOn === null);

  const chooseSnapshot = (list: FileList | null) => {
    const file = list?.[0];
    if (!file) return;
    importing.mutate(file, {
      onSuccess: (result) =>
        onNotice(
          [
            t('group.imported', { name: result.memberName, date: date(result.createdOn) }),
            result.answersRecorded > 0 ? t('groupRequests.extension.importedWithAnswers', { count: result.answersRecorded }) : '',
            result.unmatchedAnswers.length > 0
              ? t('groupRequests.extension.importedUnmatched', { count: result.unmatchedAnswers.length })
              : '',
          ]
            .filter((part) => part !== '')
            .join(' '),
        ),
    });
  };

  return (
    <section className="section" aria-labelledby="group-members-title">
      <h2 id="group-members-title">{t('group.members')}</h2>
      {current.length === 0 ? (
        <p>{t('group.noMembers')}</p>
      ) : (
        <div className="table-scroller" role="region" aria-label={t('group.members')} tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('group.field.memberName')}</th>
                <th scope="col">{t('group.field.fingerprint')}</th>
                <th scope="col">{t('group.latest')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('group.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {current.map((member) => (
                <tr key={member.id}>
                  <th scope="row">{member.name}</th>
                  <td>
                    <code>{member.fingerprintBlocks}</code>
                  </td>
                  <td>{member.latest ? date(member.latest.createdOn) : t('group.nothingYet')}</td>
                  <td>
                    <Button
                      variant="quiet"
                      isDisabled={remove.isPending}
                      onPress={() => remove.mutate(member.id, { onSuccess: () => onNotice(t('group.removed', { name: member.name })) })}
                    >
                      {t('group.remove', { name: member.name })}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('group.importTitle')}</h3>
      <p className="form__help">{t('group.importHelp')}</p>
      <FormAlert message={failure instanceof ApiCallError ? text(failure.message, failure.detail) : failure ? String(failure) : null} />
      <FileTrigger acceptedFileTypes={['.seve-groupe']} onSelect={chooseSnapshot}>
        <Button isDisabled={importing.isPending}>{importing.isPending ? t('group.importing') : t('group.import')}</Button>
      </FileTrigger>
      <h3>{t('group.addMember')}</h3>
      <AddMemberForm onAdded={(name) => onNotice(t('group.added', { name }))} />
    </section>
  );
};

import { useTranslation } from 'react-i18next';
import { extensionRequestText } from '../../../../shared/domain/group-requests';
import type { Extension, GroupView } from '../../../../shared/schemas/group';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';

type Answer = NonNullable<Extension['answers'][number]['answer']>;

/** « Copier la demande »: the request in French (it goes to the members' quality leads), on the clipboard, and shown to copy by hand. */
export const CopyRequest = ({
  extension,
  groupName,
  onNotice,
}: {
  extension: Extension;
  groupName: string | null;
  onNotice: (message: string) => void;
}) => {
  const { t } = useTranslation();
  const text = extensionRequestText({ groupName, ...extension });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      onNotice(t('groupRequests.extension.copied', { code: extension.code }));
    } catch {
      onNotice(t('groupRequests.extension.copyFailed'));
    }
  };
  return (
    <>
      <Button onPress={() => void copy()}>{t('groupRequests.extension.copy', { code: extension.code })}</Button>
      <details>
        <summary>{t('groupRequests.extension.code', { code: extension.code })}</summary>
        <pre className="form__help">{text}</pre>
      </details>
    </>
  );
};

/** Where the group's copy of an answer came from, and the member's action as of that snapshot. */
export const AnswerSource = ({ answer }: { answer: Answer }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const source =
    answer.receivedIn === null
      ? t('groupRequests.extension.fromGroup')
      : t('groupRequests.extension.fromSnapshot', { date: formatCalendarDate(answer.receivedIn.createdOn, dateLocale) });
  const action =
    answer.actionReference && answer.actionStatus
      ? ` ; ${t('groupRequests.extension.actionStatus', { reference: answer.actionReference, status: t(`actions.status.${answer.actionStatus}`) })}`
      : '';
  return (
    <span className="form__help">
      {' '}
      — {source}
      {action}
    </span>
  );
};

/** Answers in the members' latest snapshots that matched no extension, each with why. */
export const UnmatchedAnswers = ({ answers }: { answers: GroupView['unmatchedAnswers'] }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  if (answers.length === 0) return null;
  return (
    <div data-testid="unmatched-answers">
      <h3>{t('groupRequests.extension.unmatchedTitle')}</h3>
      <p>{t('groupRequests.extension.unmatchedHelp')}</p>
      <ul>
        {answers.map((answer) => (
          <li key={`${answer.memberId}-${answer.code}`}>
            {t('groupRequests.extension.unmatched', {
              name: answer.memberName,
              code: answer.code,
              reference: answer.ncReference,
              date: formatCalendarDate(answer.answeredOn, dateLocale),
              reason: t(`groupRequests.extension.reason.${answer.reason}`),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
};

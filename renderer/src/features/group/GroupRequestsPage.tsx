import { useTranslation } from 'react-i18next';
import type { GroupRequest } from '../../../../shared/schemas/group-requests';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryFallback } from '../../ui/list/QueryView';
import { AnswerRequestForm, RecordRequestForm } from './GroupRequestForms';
import { useGroupRequests } from './requestsHooks';

/** How the member answered, in a sentence. */
const useAnswerText = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  return (answer: GroupRequest['answer']) => {
    if (answer === null) return t('groupRequests.unanswered');
    const date = formatCalendarDate(answer.answeredOn, dateLocale);
    if (!answer.concerned || answer.action === null) return t('groupRequests.notConcerned', { date });
    return t('groupRequests.concernedWith', {
      reference: answer.action.reference,
      description: answer.action.description,
      status: t(`actions.status.${answer.action.status}`),
      date,
    });
  };
};

/** « Demandes du groupe », in a member's file: the requests the group sent and this structure's answers. */
export const GroupRequestsPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const requests = useGroupRequests();
  const answerText = useAnswerText();
  const [notice, showNotice] = useNotice();
  return (
    <>
      <PageHeader title={t('groupRequests.title')} subtitle={t('groupRequests.subtitle')} />
      <section className="section" aria-labelledby="group-requests-record-title">
        <h2 id="group-requests-record-title">{t('groupRequests.record')}</h2>
        <RecordRequestForm onSaved={showNotice} />
      </section>
      <section className="section" aria-labelledby="group-requests-list-title">
        <h2 id="group-requests-list-title">{t('groupRequests.list')}</h2>
        {!requests.isSuccess ? (
          <QueryFallback query={requests} />
        ) : requests.data.length === 0 ? (
          <p>{t('groupRequests.none')}</p>
        ) : (
          requests.data.map((request) => (
            <article key={request.id} data-testid={`request-${request.code}`}>
              <h3>
                {request.code} — {request.ncReference}
              </h3>
              <p>
                {request.description} ({t('groupRequests.receivedOn', { date: formatCalendarDate(request.receivedOn, dateLocale) })})
              </p>
              <p>{answerText(request.answer)}</p>
              <AnswerRequestForm request={request} onSaved={showNotice} />
            </article>
          ))
        )}
      </section>
      <Notice message={notice} undoable={false} />
    </>
  );
};

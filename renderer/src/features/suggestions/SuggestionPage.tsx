import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useLoopHistoryFormat } from '../common/loopHistory';
import { useLoopMutation } from '../common/loopMutation';
import { useSuggestion } from './hooks';
import { SuggestionOutcome } from './SuggestionOutcome';
import { TriageForm } from './TriageForm';
import '../common/loop.css';
import { QueryFallback } from '../../ui/list/QueryView';

/** One fiche d'amélioration: what was noted, by whom, what the triage made of it, and its history. */
export const SuggestionPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const id = Number(useParams().id);
  const suggestion = useSuggestion(id);
  const triage = useLoopMutation('suggestions.triage');
  const [triaging, setTriaging] = useState(false);
  const [notice, showNotice] = useNotice();
  const format = useLoopHistoryFormat();

  if (!suggestion.isSuccess) return <QueryFallback query={suggestion} />;
  const record = suggestion.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/ameliorations">← {t('suggestions.title')}</Link>
      </p>
      <PageHeader
        title={<span className="reference">{record.reference}</span>}
        subtitle={<span className={`badge badge--suggestion-${record.status}`}>{t(`suggestions.status.${record.status}`)}</span>}
        actions={
          record.status === 'a_trier' && (
            <Button variant="primary" onPress={() => setTriaging(true)}>
              {t('suggestions.triage')}
            </Button>
          )
        }
      />
      <Notice message={notice} />
      <dl className="details">
        <dt>{t('suggestions.field.author')}</dt>
        <dd>
          {record.authorName} — {formatCalendarDate(record.suggestedOn, dateLocale)}
        </dd>
        <dt>{t('suggestions.field.kind')}</dt>
        <dd>{t(`suggestions.kind.${record.kind}`)}</dd>
        <dt>{t('suggestions.field.description')}</dt>
        <dd className="nc-text">{record.description}</dd>
        <dt>{t('suggestions.field.process')}</dt>
        <dd>{record.processName ?? t('common.none')}</dd>
        {record.status !== 'a_trier' && (
          <>
            <dt>{t('suggestions.field.outcome')}</dt>
            <dd>
              {t(`suggestions.status.${record.status}`)} — <SuggestionOutcome suggestion={record} />
              {record.triagedOn && ` (${t('suggestions.field.triagedOn')} ${formatCalendarDate(record.triagedOn, dateLocale)})`}
            </dd>
          </>
        )}
      </dl>
      <section className="section" aria-labelledby="suggestion-history">
        <h2 id="suggestion-history">{t('suggestions.history')}</h2>
        <HistoryTimeline entity="suggestion" entityId={record.id} fieldLabel={format.label} formatValue={format.value} />
      </section>
      <Modal title={t('suggestions.triageTitle', { reference: record.reference })} isOpen={triaging} onOpenChange={setTriaging}>
        <TriageForm
          suggestion={record}
          onSubmit={async (chosen) => {
            await triage.mutateAsync({ id: record.id, revision: record.revision, ...chosen });
            setTriaging(false);
            showNotice(t('suggestions.triaged', { reference: record.reference }));
          }}
          onCancel={() => setTriaging(false)}
        />
      </Modal>
    </>
  );
};

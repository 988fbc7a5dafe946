import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { suggestionStatuses } from '../../../../shared/domain/suggestions';
import type { Suggestion } from '../../../../shared/schemas/suggestions';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { VirtualTable } from '../../ui/VirtualTable';
import { EmptyState } from '../../ui/States';
import { useLoopMutation } from '../common/loopMutation';
import { useSuggestionList } from './hooks';
import { SuggestionCapture } from './SuggestionCapture';
import { SuggestionOutcome } from './SuggestionOutcome';
import { TriageForm } from './TriageForm';
import '../common/loop.css';
import { QueryFallback } from '../../ui/list/QueryView';

const ALL = 'all';
const fields = ['reference', 'suggestedOn', 'author', 'kind', 'description', 'status', 'outcome'] as const;

/** Fiches d'amélioration: a quick capture for anyone named in the file, and the list to triage (only the rows in view drawn: a few a week fill hundreds over the years). */
export const SuggestionsPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const [status, setStatus] = useState<Suggestion['status'] | undefined>(undefined);
  const list = useSuggestionList(status ? { status } : {});
  const triage = useLoopMutation('suggestions.triage');
  const [triaging, setTriaging] = useState<Suggestion | null>(null);
  const [notice, showNotice] = useNotice();

  const content = () => {
    if (!list.isSuccess) return <QueryFallback query={list} />;
    if (list.data.length === 0) return <EmptyState title={t('suggestions.emptyTitle')}>{t('suggestions.emptyText')}</EmptyState>;
    return (
      <>
        <p className="count" role="status">
          {t('suggestions.count', { count: list.data.length })}
        </p>
        <VirtualTable
          label={t('suggestions.register')}
          headers={fields.map((field) => t(`suggestions.field.${field}`))}
          rows={list.data}
          rowKey={(suggestion) => suggestion.id}
          cells={(suggestion) => (
            <>
              <td className="nowrap">
                <Link to={`/ameliorations/${suggestion.id}`} className="reference">
                  {suggestion.reference}
                </Link>
              </td>
              <td className="nowrap">{formatCalendarDate(suggestion.suggestedOn, dateLocale)}</td>
              <td>{suggestion.authorName}</td>
              <td>{t(`suggestions.kind.${suggestion.kind}`)}</td>
              <td className="col-title">{suggestion.description}</td>
              <td className="nowrap">
                <span className={`badge badge--suggestion-${suggestion.status}`}>{t(`suggestions.status.${suggestion.status}`)}</span>
              </td>
              <td>
                {suggestion.status === 'a_trier' ? (
                  <Button
                    aria-label={t('suggestions.triageLabel', { reference: suggestion.reference })}
                    onPress={() => setTriaging(suggestion)}
                  >
                    {t('suggestions.triage')}
                  </Button>
                ) : (
                  <SuggestionOutcome suggestion={suggestion} />
                )}
              </td>
            </>
          )}
        />
      </>
    );
  };

  return (
    <>
      <PageHeader title={t('suggestions.title')} subtitle={t('suggestions.subtitle')} />
      <Notice message={notice} />
      <SuggestionCapture onCaptured={(created) => showNotice(t('suggestions.captured', { reference: created.reference }))} />
      <section className="section" aria-labelledby="suggestions-list">
        <h2 id="suggestions-list">{t('suggestions.list')}</h2>
        <div className="filters">
          <SelectField
            label={t('suggestions.statusFilter')}
            options={[
              { id: ALL, label: t('common.all') },
              ...suggestionStatuses.map((id) => ({ id, label: t(`suggestions.status.${id}`) })),
            ]}
            value={status ?? ALL}
            onChange={(value) => setStatus(suggestionStatuses.find((candidate) => candidate === value))}
          />
        </div>
        {content()}
      </section>
      <Modal
        title={triaging ? t('suggestions.triageTitle', { reference: triaging.reference }) : ''}
        isOpen={triaging !== null}
        onOpenChange={(open) => !open && setTriaging(null)}
      >
        {triaging && (
          <TriageForm
            suggestion={triaging}
            onSubmit={async (chosen) => {
              await triage.mutateAsync({ id: triaging.id, revision: triaging.revision, ...chosen });
              showNotice(t('suggestions.triaged', { reference: triaging.reference }));
              setTriaging(null);
            }}
            onCancel={() => setTriaging(null)}
          />
        )}
      </Modal>
    </>
  );
};

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LinkedDocument } from '../../../../shared/schemas/referentials';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { LinkPicker } from '../../ui/LinkPicker';
import { QueryFallback } from '../../ui/list/QueryView';
import { Notice, useNotice } from '../../ui/Notice';
import { useDocumentPicks } from '../common/pickSources';
import { useChangeDocumentLink, useRequirementAnswers } from './hooks';

/** Where each kind of linked record is shown. */
const recordPaths = {
  document: '/documents',
  job_function: '/fonctions',
  training: '/formations',
  provider: '/prestataires',
  survey: '/enquetes',
  issue: '/contexte/enjeux',
  party: '/parties-interessees',
  risk: '/risques',
  watch_item: '/veille/informations',
} as const;

type Props = { requirement: { id: number; number: string } };

/**
 * "Ce qui y répond": the documents and records linked to the requirement, each with a link to its
 * page; documents are linked and unlinked here too, through the same contract method as on the
 * document's page (so Ctrl+Z and « Annuler » undo them the same way). Records are linked from their page.
 */
export const RequirementAnswers = ({ requirement }: Props) => {
  const { t } = useTranslation();
  const answers = useRequirementAnswers(requirement.id);
  const documents = useDocumentPicks({ scope: 'open' });
  const change = useChangeDocumentLink(requirement.id);
  const [error, setError] = useState<string | null>(null);
  const [notice, showNotice] = useNotice();

  const changeLink = async (document: Pick<LinkedDocument, 'id' | 'reference'>, add: boolean): Promise<boolean> => {
    setError(null);
    try {
      await change.mutateAsync({ documentId: document.id, add });
      const key = add ? 'referentials.documentLinks.linked' : 'referentials.documentLinks.unlinked';
      showNotice(t(key, { reference: document.reference, number: requirement.number }));
      return true;
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      return false;
    }
  };

  if (!answers.isSuccess) return <QueryFallback query={answers} />;
  const empty = answers.data.documents.length === 0 && answers.data.records.length === 0;

  return (
    <>
      <Notice message={notice} />
      <FormAlert message={error} />
      {empty ? (
        <p>{t('referentials.noAnswers')}</p>
      ) : (
        <ul className="link-list" aria-label={t('referentials.answersList')}>
          {answers.data.documents.map((document) => (
            <li key={document.id} className="link-list__item">
              <Link to={`/documents/${document.id}`}>
                <span className="reference">{document.reference}</span> {document.title}
              </Link>
              <span className="link-list__meta">
                {t(`documents.status.${document.status}` as 'documents.status.brouillon', { defaultValue: document.status })}
              </span>
              <Button
                variant="quiet"
                className="link-list__action"
                isDisabled={change.isPending}
                aria-label={t('referentials.documentLinks.removeLabel', { reference: document.reference, title: document.title })}
                onPress={() => void changeLink(document, false)}
              >
                {t('referentials.documentLinks.remove')}
              </Button>
            </li>
          ))}
          {answers.data.records.map((record) => (
            <li key={`${record.entity}-${record.id}`} className="link-list__item">
              <Link to={`${recordPaths[record.entity]}/${record.id}`}>{record.label}</Link>
            </li>
          ))}
        </ul>
      )}
      <LinkPicker
        label={t('referentials.documentLinks.add')}
        placeholder={t('referentials.documentLinks.placeholder')}
        help={t('referentials.documentLinks.help')}
        noMatch={t('referentials.documentLinks.noMatch')}
        source={documents}
        linkedIds={answers.data.documents.map((document) => document.id)}
        onPick={(option) => changeLink({ id: option.id, reference: option.prefix ?? '' }, true)}
        isDisabled={change.isPending}
      />
    </>
  );
};

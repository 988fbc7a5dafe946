import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QualityDocument } from '../../../../shared/schemas/documents';
import type { DocumentVersion } from '../../../../shared/schemas/versions';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Attachments } from '../files/Attachments';
import { VersionCard } from './VersionCard';
import { VersionMoveModal, type VersionMove } from './VersionMoveModal';
import { useDocumentMove, useVersions } from './versions-hooks';
import { QueryFallback } from '../../ui/list/QueryView';

/** Every version of the document, newest first, with the moves each one allows. */
export const VersionsSection = ({ document, onNotice }: { document: QualityDocument; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const versions = useVersions(document.id);
  const [dialog, setDialog] = useState<VersionMove>(null);
  const createVersion = useDocumentMove('documents.createVersion', document.id);
  const submitVersion = useDocumentMove('documents.submitVersion', document.id);
  const quickError = createVersion.error ?? submitVersion.error;
  const close = () => setDialog(null);

  if (!versions.isSuccess) return <QueryFallback query={versions} />;

  const actions = (version: DocumentVersion) => {
    const step = { id: version.id, revision: version.revision };
    if (version.status === 'brouillon') {
      return (
        <>
          <Button onPress={() => setDialog({ kind: 'edit', version })}>{t('versions.editDraft')}</Button>
          <Button
            variant="primary"
            onPress={() => submitVersion.mutate(step, { onSuccess: () => onNotice(t('versions.submitted', { indice: version.indice })) })}
          >
            {t('versions.submit')}
          </Button>
          <Button variant="quiet" onPress={() => setDialog({ kind: 'abandon', version })}>
            {t('versions.abandon')}
          </Button>
        </>
      );
    }
    if (version.status === 'soumis') {
      return (
        <>
          <Button variant="primary" onPress={() => setDialog({ kind: 'approve', version })}>
            {t('versions.approve')}
          </Button>
          <Button onPress={() => setDialog({ kind: 'return', version })}>{t('versions.returnToDraft')}</Button>
        </>
      );
    }
    if (version.status === 'en_vigueur') {
      return (
        <Button variant="quiet" onPress={() => setDialog({ kind: 'withdraw', version })}>
          {t('versions.withdraw')}
        </Button>
      );
    }
    return null;
  };

  return (
    <section className="section" aria-labelledby="versions-title">
      <div className="section__header">
        <h2 id="versions-title">{t('versions.title')}</h2>
        {!document.pending && (
          <Button
            onPress={() =>
              createVersion.mutate(
                { documentId: document.id },
                { onSuccess: (created) => onNotice(t('versions.created', { indice: created.indice })) },
              )
            }
          >
            {t('versions.newVersion')}
          </Button>
        )}
      </div>
      {quickError && <FormAlert message={quickError.message} />}
      {versions.data.length === 0 && <p>{t('versions.none')}</p>}
      <div className="versions">
        {versions.data.map((version) => (
          <VersionCard key={version.id} version={version}>
            <div className="version__files">
              <h4>{t('versions.files')}</h4>
              <Attachments owner={{ entity: 'document_version', id: version.id }} editable={version.status === 'brouillon'} />
            </div>
            <div className="version__actions">{actions(version)}</div>
          </VersionCard>
        ))}
      </div>
      <VersionMoveModal
        documentId={document.id}
        move={dialog}
        inForce={versions.data.find((version) => version.status === 'en_vigueur') ?? null}
        onClose={close}
        onNotice={onNotice}
      />
    </section>
  );
};

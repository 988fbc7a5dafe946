import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QualityDocument } from '../../../../shared/schemas/documents';
import type { DocumentVersion } from '../../../../shared/schemas/versions';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { Attachments } from '../files/Attachments';
import { VersionCard } from './VersionCard';
import { VersionApproveForm, VersionCommentForm, VersionDraftForm } from './VersionDialogs';
import { useDocumentMove, useVersions } from './versions-hooks';
import { QueryFallback } from '../../ui/list/QueryView';

type Dialog = { kind: 'edit' | 'approve' | 'return' | 'abandon' | 'withdraw'; version: DocumentVersion } | null;

/** Every version of the document, newest first, with the moves each one allows. */
export const VersionsSection = ({ document, onNotice }: { document: QualityDocument; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const versions = useVersions(document.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const createVersion = useDocumentMove('documents.createVersion', document.id);
  const updateVersion = useDocumentMove('documents.updateVersion', document.id);
  const submitVersion = useDocumentMove('documents.submitVersion', document.id);
  const returnVersion = useDocumentMove('documents.returnVersion', document.id);
  const approveVersion = useDocumentMove('documents.approveVersion', document.id);
  const withdrawVersion = useDocumentMove('documents.withdrawVersion', document.id);
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

  const commentMove = (kind: 'return' | 'abandon' | 'withdraw', version: DocumentVersion) => {
    const move = kind === 'return' ? returnVersion : withdrawVersion;
    const notice = kind === 'return' ? 'versions.returned' : 'versions.obsoleted';
    return (
      <VersionCommentForm
        help={kind === 'withdraw' ? t('versions.withdrawHelp') : undefined}
        submitLabel={t(`versions.${kind === 'return' ? 'returnToDraft' : kind}`)}
        onSubmit={async ({ comment }) => {
          await move.mutateAsync({ id: version.id, revision: version.revision, comment });
          close();
          onNotice(t(notice, { indice: version.indice }));
        }}
        onCancel={close}
      />
    );
  };

  const titles = {
    edit: 'versions.editTitle',
    approve: 'versions.approveTitle',
    return: 'versions.returnTitle',
    abandon: 'versions.abandonTitle',
    withdraw: 'versions.withdrawTitle',
  } as const;

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
      <Modal
        title={dialog ? t(titles[dialog.kind], { indice: dialog.version.indice }) : ''}
        isOpen={dialog !== null}
        onOpenChange={(open) => !open && close()}
      >
        {dialog?.kind === 'edit' && (
          <VersionDraftForm
            version={dialog.version}
            onSubmit={async (fields) => {
              await updateVersion.mutateAsync({ id: dialog.version.id, revision: dialog.version.revision, fields });
              close();
              onNotice(t('versions.saved', { indice: dialog.version.indice }));
            }}
            onCancel={close}
          />
        )}
        {dialog?.kind === 'approve' && (
          <VersionApproveForm
            version={dialog.version}
            onSubmit={async (fields) => {
              await approveVersion.mutateAsync({ id: dialog.version.id, revision: dialog.version.revision, fields });
              close();
              onNotice(t('versions.approved', { indice: dialog.version.indice }));
            }}
            onCancel={close}
          />
        )}
        {dialog &&
          (dialog.kind === 'return' || dialog.kind === 'abandon' || dialog.kind === 'withdraw') &&
          commentMove(dialog.kind, dialog.version)}
      </Modal>
    </section>
  );
};

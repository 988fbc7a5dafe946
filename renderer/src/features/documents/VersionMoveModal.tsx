import { useTranslation } from 'react-i18next';
import type { DocumentVersion } from '../../../../shared/schemas/versions';
import { Modal } from '../../ui/Modal';
import { VersionApproveForm, VersionCommentForm, VersionDraftForm } from './VersionDialogs';
import { useDocumentMove } from './versions-hooks';

/** A move of a version that asks for more than a click: editing the draft, approving, or a move with a reason. */
export type VersionMove = { kind: 'edit' | 'approve' | 'return' | 'abandon' | 'withdraw'; version: DocumentVersion } | null;

const titles = {
  edit: 'versions.editTitle',
  approve: 'versions.approveTitle',
  return: 'versions.returnTitle',
  abandon: 'versions.abandonTitle',
  withdraw: 'versions.withdrawTitle',
} as const;

type Props = {
  documentId: number;
  move: VersionMove;
  /** The document's version in force, which an approval makes obsolete (null: none, the approved one comes into force). */
  inForce: DocumentVersion | null;
  onClose: () => void;
  onNotice: (message: string) => void;
};

/** The dialog of a version's move, with its form; it closes and says what was done once the move succeeds. */
export const VersionMoveModal = ({ documentId, move, inForce, onClose, onNotice }: Props) => {
  const { t } = useTranslation();
  const updateVersion = useDocumentMove('documents.updateVersion', documentId);
  const returnVersion = useDocumentMove('documents.returnVersion', documentId);
  const approveVersion = useDocumentMove('documents.approveVersion', documentId);
  const withdrawVersion = useDocumentMove('documents.withdrawVersion', documentId);

  const commentMove = (kind: 'return' | 'abandon' | 'withdraw', version: DocumentVersion) => {
    const mutation = kind === 'return' ? returnVersion : withdrawVersion;
    const notice = kind === 'return' ? 'versions.returned' : 'versions.obsoleted';
    return (
      <VersionCommentForm
        help={kind === 'withdraw' ? t('versions.withdrawHelp') : undefined}
        submitLabel={t(`versions.${kind === 'return' ? 'returnToDraft' : kind}`)}
        onSubmit={async ({ comment }) => {
          await mutation.mutateAsync({ id: version.id, revision: version.revision, comment });
          onClose();
          onNotice(t(notice, { indice: version.indice }));
        }}
        onCancel={onClose}
      />
    );
  };

  return (
    <Modal
      title={move ? t(titles[move.kind], { indice: move.version.indice }) : ''}
      isOpen={move !== null}
      onOpenChange={(open) => !open && onClose()}
    >
      {move?.kind === 'edit' && (
        <VersionDraftForm
          version={move.version}
          onSubmit={async (fields) => {
            await updateVersion.mutateAsync({ id: move.version.id, revision: move.version.revision, fields });
            onClose();
            onNotice(t('versions.saved', { indice: move.version.indice }));
          }}
          onCancel={onClose}
        />
      )}
      {move?.kind === 'approve' && (
        <VersionApproveForm
          version={move.version}
          inForce={inForce}
          onSubmit={async (fields) => {
            await approveVersion.mutateAsync({ id: move.version.id, revision: move.version.revision, fields });
            onClose();
            onNotice(t('versions.approved', { indice: move.version.indice }));
          }}
          onCancel={onClose}
        />
      )}
      {move && (move.kind === 'return' || move.kind === 'abandon' || move.kind === 'withdraw') && commentMove(move.kind, move.version)}
    </Modal>
  );
};

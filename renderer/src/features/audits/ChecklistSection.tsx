import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistResult } from '../../../../shared/domain/audits';
import type { Audit, ChecklistItem } from '../../../../shared/schemas/audits';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { ChecklistItemForm } from './ChecklistItemForm';
import { ChecklistRow } from './ChecklistRow';
import { UNANSWERED } from './checklistLabels';
import { CopyChecklistForm } from './CopyChecklistForm';
import { useAuditMove, useChecklist } from './hooks';
import { QueryFallback } from '../../ui/list/QueryView';

type Dialog = { kind: 'add' } | { kind: 'edit'; item: ChecklistItem } | { kind: 'copy' } | null;

const fieldsOf = (item: ChecklistItem) => ({
  requirementId: item.requirementId,
  processId: item.processId,
  question: item.question,
  result: item.result,
  comment: item.comment ?? '',
});

/**
 * The audit's checklist: questions by requirement or process, each answered conforme / constat /
 * non vu right in the table; questions are added, edited and removed in dialogs, or copied from a
 * previous audit. A closed or cancelled audit's checklist is read-only.
 */
export const ChecklistSection = ({ audit, onNotice }: { audit: Audit; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const checklist = useChecklist(audit.id);
  const add = useAuditMove('audits.addChecklistItem', audit.id);
  const update = useAuditMove('audits.updateChecklistItem', audit.id);
  const remove = useAuditMove('audits.removeChecklistItem', audit.id);
  const reorder = useAuditMove('audits.moveChecklistItem', audit.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const editable = audit.status !== 'clos' && audit.status !== 'annule';
  const close = () => setDialog(null);
  const quickError = update.error ?? remove.error ?? reorder.error;

  const setResult = (item: ChecklistItem, key: string) =>
    update.mutate({ id: item.id, fields: { ...fieldsOf(item), result: key === UNANSWERED ? null : (key as ChecklistResult) } });

  const table = () => {
    if (!checklist.isSuccess) return <QueryFallback query={checklist} />;
    if (checklist.data.length === 0) return <p>{t('audits.checklist.empty')}</p>;
    return (
      <div className="table-scroller table-scroller--auto" role="region" aria-label={t('audits.checklist.table')} tabIndex={0}>
        <table className="table checklist">
          <thead>
            <tr>
              <th scope="col">{t('audits.checklist.position')}</th>
              <th scope="col">{t('audits.checklist.subject')}</th>
              <th scope="col">{t('audits.checklist.question')}</th>
              <th scope="col">{t('audits.checklist.result')}</th>
              <th scope="col">{t('audits.checklist.comment')}</th>
              {editable && <th scope="col">{t('common.edit')}</th>}
            </tr>
          </thead>
          <tbody>
            {checklist.data.map((item, index) => (
              <ChecklistRow
                key={item.id}
                item={item}
                position={index + 1}
                editable={editable}
                canMoveUp={index > 0 && !reorder.isPending}
                canMoveDown={index < checklist.data.length - 1 && !reorder.isPending}
                isRemoving={remove.isPending}
                onResult={(key) => setResult(item, key)}
                onEdit={() => setDialog({ kind: 'edit', item })}
                onMove={(direction) => reorder.mutate({ id: item.id, direction })}
                onRemove={() => remove.mutate({ id: item.id }, { onSuccess: () => onNotice(t('audits.checklist.removed')) })}
              />
            ))}
          </tbody>
        </table>
      </div>
    );
  };

  const title =
    dialog?.kind === 'add'
      ? t('audits.checklist.addTitle')
      : dialog?.kind === 'edit'
        ? t('audits.checklist.editTitle', { position: String((checklist.data ?? []).indexOf(dialog.item) + 1) })
        : t('audits.checklist.copyTitle');

  return (
    <section className="section" aria-labelledby="audit-checklist">
      <div className="section__header">
        <h2 id="audit-checklist">{t('audits.checklist.title')}</h2>
        {editable && (
          <div className="page-header__actions">
            <Button onPress={() => setDialog({ kind: 'copy' })}>{t('audits.checklist.copy')}</Button>
            <Button variant="primary" onPress={() => setDialog({ kind: 'add' })}>
              {t('audits.checklist.add')}
            </Button>
          </div>
        )}
      </div>
      <FormAlert message={quickError?.message ?? null} />
      {table()}
      <Modal title={title} isOpen={dialog !== null} onOpenChange={(open) => !open && close()}>
        {dialog?.kind === 'add' && (
          <ChecklistItemForm
            defaultValues={{ requirementId: null, processId: null, question: '', result: null, comment: '' }}
            submitLabel={t('common.add')}
            onSubmit={async (fields) => {
              await add.mutateAsync({ auditId: audit.id, fields });
              close();
              onNotice(t('audits.checklist.added'));
            }}
            onCancel={close}
          />
        )}
        {dialog?.kind === 'edit' && (
          <ChecklistItemForm
            defaultValues={fieldsOf(dialog.item)}
            submitLabel={t('common.save')}
            onSubmit={async (fields) => {
              await update.mutateAsync({ id: dialog.item.id, fields });
              close();
              onNotice(t('audits.checklist.saved'));
            }}
            onCancel={close}
          />
        )}
        {dialog?.kind === 'copy' && (
          <CopyChecklistForm
            audit={audit}
            before={checklist.data?.length ?? 0}
            onDone={(count) => {
              close();
              onNotice(t('audits.checklist.copied', { count }));
            }}
            onCancel={close}
          />
        )}
      </Modal>
    </section>
  );
};

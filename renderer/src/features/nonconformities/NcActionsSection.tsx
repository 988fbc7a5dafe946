import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roundActionsOf } from '../../../../shared/domain/nonconformities';
import type { Action } from '../../../../shared/schemas/actions';
import type { Nonconformity } from '../../../../shared/schemas/nonconformities';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { ActionCard } from '../common/ActionCard';
import { ActionForm, actionFieldsOf, emptyActionFields } from '../common/ActionForm';
import { ActionMoves } from '../common/ActionMoves';
import { Attachments } from '../files/Attachments';
import { useLoopMutation } from '../common/loopMutation';

type Dialog = { kind: 'add' } | { kind: 'edit'; action: Action } | null;

/** The nonconformity's actions with their moves and evidence; a new one joins the planned check, if any. */
export const NcActionsSection = ({ nc, onNotice }: { nc: Nonconformity; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const create = useLoopMutation('actions.create');
  const update = useLoopMutation('actions.update');
  const open = nc.status !== 'close';
  const round = new Set(roundActionsOf(nc).map((action) => action.id));
  const close = () => setDialog(null);
  return (
    <section className="section" aria-labelledby="nc-actions">
      <div className="section__header">
        <h2 id="nc-actions">{t('actions.title')}</h2>
        {open && (
          <Button variant="primary" onPress={() => setDialog({ kind: 'add' })}>
            {t('actions.add')}
          </Button>
        )}
      </div>
      {nc.actions.length === 0 && <p>{t('actions.none')}</p>}
      <div className="action-cards">
        {nc.actions.map((action) => (
          <ActionCard key={action.id} action={action}>
            <div className="action-card__files">
              <h4>{t('actions.evidence')}</h4>
              <Attachments owner={{ entity: 'action', id: action.id }} editable={open} />
            </div>
            {open && (
              <div className="action-card__actions">
                <ActionMoves action={action} onNotice={onNotice} canReopen={round.has(action.id)} />
                <Button
                  variant="quiet"
                  aria-label={t('actions.editLabel', { reference: action.reference })}
                  onPress={() => setDialog({ kind: 'edit', action })}
                >
                  {t('actions.edit')}
                </Button>
              </div>
            )}
          </ActionCard>
        ))}
      </div>
      <Modal
        title={
          dialog?.kind === 'edit'
            ? t('actions.editTitle', { reference: dialog.action.reference })
            : t('actions.addTitle', { reference: nc.reference })
        }
        isOpen={dialog !== null}
        onOpenChange={(isOpen) => !isOpen && close()}
      >
        {dialog?.kind === 'add' && (
          <ActionForm
            defaultValues={emptyActionFields(nc.checkPlannedOn)}
            serverPrefix="fields."
            submitLabel={t('actions.add')}
            onSubmit={async (fields) => {
              const created = await create.mutateAsync({ origin: { source: 'nonconformite', nonconformityId: nc.id }, fields });
              close();
              onNotice(t('actions.created', { reference: created.reference }));
            }}
            onCancel={close}
          />
        )}
        {dialog?.kind === 'edit' && (
          <ActionForm
            defaultValues={actionFieldsOf(dialog.action)}
            serverPrefix="fields."
            submitLabel={t('common.save')}
            onSubmit={async (fields) => {
              const saved = await update.mutateAsync({ id: dialog.action.id, revision: dialog.action.revision, fields });
              close();
              onNotice(t('actions.saved', { reference: saved.reference }));
            }}
            onCancel={close}
          />
        )}
      </Modal>
    </section>
  );
};

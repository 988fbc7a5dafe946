import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { requiredText } from '../../../../shared/schemas/common';
import type { Audit } from '../../../../shared/schemas/audits';
import { useServerForm } from '../../api/useServerForm';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { TextAreaField } from '../../ui/TextAreaField';
import { useAuditMove } from './hooks';

const reasonSchema = z.object({ comment: requiredText('Le motif', 2000) });

type DialogProps = { audit: Audit; isOpen: boolean; onClose: () => void; onNotice: (message: string) => void };

/** The reason form, mounted with the dialog so each opening starts empty. */
const CancelForm = ({ audit, onClose, onNotice }: Omit<DialogProps, 'isOpen'>) => {
  const { t } = useTranslation();
  const cancel = useAuditMove('audits.cancel', audit.id);
  const form = useServerForm(reasonSchema, {
    defaultValues: { comment: '' },
    onSubmit: async ({ comment }) => {
      await cancel.mutateAsync({ id: audit.id, revision: audit.revision, comment });
      onClose();
      onNotice(t('audits.cancel.done', { reference: audit.reference }));
    },
  });
  return (
    <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
      <FormAlert message={form.formError} />
      <p className="form__help">{t('audits.cancel.help')}</p>
      <Controller
        control={form.control}
        name="comment"
        render={({ field }) => (
          <TextAreaField
            label={t('audits.cancel.reason')}
            isRequired
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={form.formState.errors.comment?.message}
            maxLength={2000}
          />
        )}
      />
      <FormActions submitLabel={t('audits.cancel.submit')} isSubmitting={form.formState.isSubmitting} onCancel={onClose} />
    </Form>
  );
};

/** Cancelling keeps the audit (and says why in its history); the list hides it unless asked. */
export const CancelAuditDialog = ({ audit, isOpen, onClose, onNotice }: DialogProps) => {
  const { t } = useTranslation();
  return (
    <Modal title={t('audits.cancel.title', { reference: audit.reference })} isOpen={isOpen} onOpenChange={(open) => !open && onClose()}>
      <CancelForm audit={audit} onClose={onClose} onNotice={onNotice} />
    </Modal>
  );
};

/** Deleting is for an audit entered by mistake; the backend refuses once it has findings, and says so. */
export const DeleteAuditDialog = ({ audit, isOpen, onClose }: Omit<DialogProps, 'onNotice'>) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useAuditMove('audits.delete', audit.id);
  // The button stays enabled (a disabled button drops focus out of the dialog, and Escape with it); a second press waits.
  const confirm = async () => {
    if (remove.isPending) return;
    try {
      await remove.mutateAsync({ id: audit.id, revision: audit.revision });
      void navigate('/audits', { state: { notice: t('audits.delete.done', { reference: audit.reference }) } });
    } catch {
      // The dialog stays open with the backend's French reason (e.g. the audit has findings).
    }
  };
  return (
    <Modal
      title={t('audits.delete.title', { reference: audit.reference })}
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (open) return;
        remove.reset();
        onClose();
      }}
    >
      <p>{t('audits.delete.text')}</p>
      <FormAlert message={remove.error?.message ?? null} />
      <div className="form__actions">
        <Button onPress={onClose}>{t('common.cancel')}</Button>
        <Button variant="danger" onPress={() => void confirm()}>
          {t('audits.delete.submit')}
        </Button>
      </div>
    </Modal>
  );
};

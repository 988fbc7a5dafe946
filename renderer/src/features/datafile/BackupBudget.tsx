import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { backupBudgetInputSchema, type BackupList } from '../../../../shared/schemas/backups';
import { useServerForm } from '../../api/useServerForm';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormNumberField } from '../../ui/FormFields';
import { Modal } from '../../ui/Modal';
import { useFormatFileSize } from '../files/format';
import { useSetBackupBudget } from './hooks';

const MB = 1024 * 1024;
const budgetFormSchema = backupBudgetInputSchema.extend({ budgetMb: backupBudgetInputSchema.shape.budgetMb.unwrap() });
type BudgetForm = z.input<typeof budgetFormSchema>;

const BudgetForm = ({ current, onSaved, onCancel }: { current: number; onSaved: () => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const setBudget = useSetBackupBudget();
  const form = useServerForm(budgetFormSchema, {
    defaultValues: { budgetMb: Math.round(current / MB) } satisfies BudgetForm,
    onSubmit: async (values) => {
      await setBudget.mutateAsync(values.budgetMb);
      onSaved();
    },
  });
  return (
    <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
      <FormAlert message={form.formError} />
      <FormNumberField control={form.control} name="budgetMb" label={t('backups.budgetLabel')} description={t('backups.budgetHelp')} />
      <FormActions submitLabel={t('common.save')} isSubmitting={form.formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/** The space this file's backups may take on this computer, what they take now, and how to change it. */
export const BackupBudget = ({ list, onDone }: { list: BackupList; onDone: (message: string) => void }) => {
  const { t } = useTranslation();
  const formatFileSize = useFormatFileSize();
  const [editing, setEditing] = useState(false);
  const reset = useSetBackupBudget();
  return (
    <>
      <dl className="details">
        <dt>{t('backups.budget')}</dt>
        <dd data-testid="backup-budget">
          {t('backups.budgetUsage', { used: formatFileSize(list.usedBytes), budget: formatFileSize(list.budgetBytes) })}
          {list.budgetIsDefault && ` (${t('backups.budgetDefault')})`}
        </dd>
      </dl>
      <div className="button-row">
        <Button onPress={() => setEditing(true)}>{t('backups.changeBudget')}</Button>
        {!list.budgetIsDefault && (
          <Button variant="quiet" onPress={() => reset.mutate(null, { onSuccess: () => onDone(t('backups.budgetSaved')) })}>
            {t('backups.resetBudget')}
          </Button>
        )}
      </div>
      <FormAlert message={reset.error?.message ?? null} />
      <Modal title={t('backups.budget')} isOpen={editing} onOpenChange={setEditing}>
        <BudgetForm
          current={list.budgetBytes}
          onSaved={() => {
            setEditing(false);
            onDone(t('backups.budgetSaved'));
          }}
          onCancel={() => setEditing(false)}
        />
      </Modal>
    </>
  );
};

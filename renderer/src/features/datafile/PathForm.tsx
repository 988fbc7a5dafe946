import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormTextField } from '../../ui/FormFields';

type PathSchema = z.ZodType<{ path: string }, { path: string }>;

/**
 * Browser mode's way to name a file: the full path on the computer running Sève (the page has no
 * access to the disk, and a browser's file picker hides the path). Checked by the shared schema,
 * then by the backend.
 */
export const PathForm = ({
  schema,
  submitLabel,
  description,
  onSubmit,
  onCancel,
}: {
  schema: PathSchema;
  submitLabel: string;
  description: string;
  onSubmit: (path: string) => Promise<unknown>;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const form = useServerForm(schema, { defaultValues: { path: '' }, onSubmit: (values) => onSubmit(values.path) });
  return (
    <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
      <FormAlert message={form.formError} />
      <FormTextField control={form.control} name="path" label={t('datafile.pathLabel')} description={description} autoFocus />
      <FormActions submitLabel={submitLabel} isSubmitting={form.formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

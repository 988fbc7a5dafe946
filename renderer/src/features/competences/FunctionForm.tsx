import { useTranslation } from 'react-i18next';
import { Checkbox, CheckboxGroup, Form, Label } from 'react-aria-components';
import { useController } from 'react-hook-form';
import type { z } from 'zod';
import { jobFunctionFieldsSchema, type JobFunctionFields } from '../../../../shared/schemas/competences';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormTextAreaField, FormTextField } from '../../ui/FormFields';
import { usePeople } from '../people/hooks';
import { useCompetenceCatalogue } from './hooks';

type FunctionFormProps = {
  defaultValues: JobFunctionFields;
  onSubmit: (fields: z.output<typeof jobFunctionFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
  submitLabel: string;
  serverPrefix?: string;
};

/** A function: its name, what it is, the competences it requires and the people of the directory who hold it. */
export const FunctionForm = ({ defaultValues, onSubmit, onCancel, submitLabel, serverPrefix }: FunctionFormProps) => {
  const { t } = useTranslation();
  const catalogue = useCompetenceCatalogue();
  const people = usePeople();
  const { control, formState, formError, submit } = useServerForm(jobFunctionFieldsSchema, { defaultValues, onSubmit, serverPrefix });
  const competences = useController({ control, name: 'competenceIds' });
  const holders = useController({ control, name: 'holderIds' });
  const held = (holders.field.value ?? []) as number[];
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormTextField control={control} name="name" label={t('competences.field.name')} isRequired maxLength={120} />
      <FormTextAreaField control={control} name="description" label={t('competences.field.description')} maxLength={2000} />
      <CheckboxGroup
        className="checkbox-group checkbox-group--columns"
        value={((competences.field.value ?? []) as number[]).map(String)}
        onChange={(values) => competences.field.onChange(values.map(Number))}
      >
        <Label className="field__label">{t('competences.field.competenceIds')}</Label>
        {(catalogue.data ?? []).map((competence) => (
          <Checkbox key={competence.id} value={String(competence.id)} className="checkbox">
            <span className="checkbox__box" aria-hidden="true" />
            {competence.name}
          </Checkbox>
        ))}
        {catalogue.data?.length === 0 && <p className="field__description">{t('competences.catalogueEmpty')}</p>}
      </CheckboxGroup>
      <CheckboxGroup
        className="checkbox-group checkbox-group--columns"
        value={held.map(String)}
        onChange={(values) => holders.field.onChange(values.map(Number))}
        isInvalid={holders.fieldState.error !== undefined}
      >
        <Label className="field__label">{t('competences.field.holderIds')}</Label>
        {(people.data ?? [])
          .filter((person) => person.active || held.includes(person.id))
          .map((person) => (
            <Checkbox key={person.id} value={String(person.id)} className="checkbox">
              <span className="checkbox__box" aria-hidden="true" />
              {person.name}
            </Checkbox>
          ))}
        {holders.fieldState.error && <p className="field__error">{holders.fieldState.error.message}</p>}
      </CheckboxGroup>
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

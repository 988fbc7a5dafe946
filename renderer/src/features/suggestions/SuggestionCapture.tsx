import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { suggestionKinds } from '../../../../shared/domain/suggestions';
import { suggestionFieldsSchema, type Suggestion } from '../../../../shared/schemas/suggestions';
import { useServerForm } from '../../api/useServerForm';
import { todayOnThisComputer } from '../../app/today';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { FormPersonField } from '../people/FormPersonField';
import { useLoopMutation } from '../common/loopMutation';
import { FormProcessField } from '../processes/FormProcessField';

/** Quick capture: who, what, when; the form empties itself for the next idea. */
export const SuggestionCapture = ({ onCaptured }: { onCaptured: (suggestion: Suggestion) => void }) => {
  const { t } = useTranslation();
  const create = useLoopMutation('suggestions.create');
  const empty = { authorId: null, suggestedOn: todayOnThisComputer(), kind: 'idee' as const, description: '', processId: null };
  const { control, formState, formError, submit, reset } = useServerForm(suggestionFieldsSchema, {
    defaultValues: empty,
    onSubmit: async (fields) => {
      const created = await create.mutateAsync(fields);
      reset(empty);
      onCaptured(created);
    },
  });
  return (
    <section className="section capture" aria-labelledby="capture-title">
      <h2 id="capture-title">{t('suggestions.capture')}</h2>
      <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
        <FormAlert message={formError} />
        <div className="form__row form__row--three">
          <FormPersonField control={control} name="authorId" label={t('suggestions.field.authorId')} isRequired />
          <FormDateField control={control} name="suggestedOn" label={t('suggestions.field.suggestedOn')} isRequired />
          <FormSelectField
            control={control}
            name="kind"
            label={t('suggestions.field.kind')}
            options={suggestionKinds.map((id) => ({ id, label: t(`suggestions.kind.${id}`) }))}
            isRequired
          />
        </div>
        <FormTextAreaField control={control} name="description" label={t('suggestions.field.description')} isRequired maxLength={4000} />
        <FormProcessField control={control} name="processId" label={t('suggestions.field.processId')} />
        <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} />
      </Form>
    </section>
  );
};

import { useTranslation } from 'react-i18next';
import { Checkbox } from 'react-aria-components';
import { useController, useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { FormDateField, FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { FormPersonField } from '../people/FormPersonField';
import { FormProcessField } from '../processes/FormProcessField';
import { actionOptions } from './loopOptions';

/**
 * The first action of the plan a decision brings (see `withOptionalAction`): a box to tick, then
 * what, who, by when and which process. `label` and `help` say why the plan needs one.
 */
export const OptionalActionFields = <T extends FieldValues, Out extends FieldValues>({
  control,
  label,
  help,
}: {
  control: Control<T, unknown, Out>;
  label: string;
  help: string;
}) => {
  const { t } = useTranslation();
  const ticked = useController({ control, name: 'withAction' as Path<T> });
  const withAction = useWatch({ control, name: 'withAction' as Path<T> }) as boolean;
  const field = (name: string) => `action.${name}` as Path<T>;
  return (
    <fieldset className="analysis-step">
      <legend>{t('actions.list')}</legend>
      <Checkbox className="checkbox" isSelected={withAction} onChange={ticked.field.onChange}>
        <span className="checkbox__box" aria-hidden="true" />
        {label}
      </Checkbox>
      <p className="form__help">{help}</p>
      {withAction && (
        <>
          <FormTextAreaField
            control={control}
            name={field('description')}
            label={t('actions.field.description')}
            isRequired
            maxLength={2000}
          />
          <div className="form__row">
            <FormSelectField
              control={control}
              name={field('type')}
              label={t('actions.field.type')}
              options={actionOptions(t).types}
              isRequired
            />
            <FormPersonField control={control} name={field('ownerId')} label={t('actions.field.ownerId')} isRequired />
          </div>
          <div className="form__row">
            <FormDateField control={control} name={field('dueDate')} label={t('actions.field.dueDate')} isRequired />
            <FormProcessField control={control} name={field('processId')} label={t('actions.field.processId')} />
          </div>
        </>
      )}
    </fieldset>
  );
};

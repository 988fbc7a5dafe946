import { useTranslation } from 'react-i18next';
import { useController, type Control } from 'react-hook-form';
import type { z } from 'zod';
import { complaintFoundedValues, type ComplaintFounded } from '../../../../shared/domain/complaints';
import type { ComplaintFields, complaintFieldsSchema } from '../../../../shared/schemas/complaints';
import { FormDateField, FormTextAreaField } from '../../ui/FormFields';
import { FormPickOneField } from '../../ui/FormPickField';
import { SelectField } from '../../ui/SelectField';
import { useActionPicks } from '../common/pickSources';

const NOT_ANALYSED = 'a_analyser';

type Props = { control: Control<ComplaintFields, unknown, z.output<typeof complaintFieldsSchema>> };

/** Founded or not: "to analyse" stands for no analysis yet, so it can be chosen back. */
const FoundedField = ({ control }: Props) => {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name: 'founded' });
  return (
    <SelectField
      label={t('complaints.field.founded')}
      options={[
        { id: NOT_ANALYSED, label: t('complaints.notAnalysed') },
        ...complaintFoundedValues.map((id) => ({ id, label: t(`complaints.founded.${id}`) })),
      ]}
      value={(field.value as ComplaintFounded | null | undefined) ?? NOT_ANALYSED}
      onChange={(value) => field.onChange(value === null || value === NOT_ANALYSED ? null : value)}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
    />
  );
};

/** The analysis of a réclamation: founded or not, when, its cause, and the action of the plan that answers it. */
export const ComplaintAnalysisFields = ({ control }: Props) => {
  const { t } = useTranslation();
  const actions = useActionPicks();
  return (
    <fieldset className="complaint-analysis">
      <legend>{t('complaints.analysisTitle')}</legend>
      <p className="form__help">{t('complaints.analysisHelp')}</p>
      <div className="form__row">
        <FoundedField control={control} />
        <FormDateField control={control} name="analysedOn" label={t('complaints.field.analysedOn')} />
      </div>
      <FormTextAreaField control={control} name="cause" label={t('complaints.field.cause')} maxLength={4000} />
      <FormPickOneField control={control} name="actionId" label={t('complaints.field.actionId')} source={actions} />
    </fieldset>
  );
};

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { issueNatures } from '../../../../shared/domain/issues';
import { partyRelevances, usualSiaeParties } from '../../../../shared/domain/parties';
import { aYearAfter } from '../../../../shared/domain/register-life';
import { partyFieldsSchema, type Party, type PartyFields } from '../../../../shared/schemas/parties';
import { todayOnThisComputer } from '../../app/today';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormSelectField, FormTextAreaField, FormTextField } from '../../ui/FormFields';
import { SelectField } from '../../ui/SelectField';
import { useDocumentPicks } from '../common/pickSources';
import { useProcessRecords } from '../processes/hooks';
import { FormPickField } from '../../ui/FormPickField';
import { useIndicatorList } from '../common/lookups';

type PartyFormProps = {
  defaultValues: PartyFields;
  onSubmit: (fields: z.output<typeof partyFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
  submitLabel: string;
  serverPrefix?: string;
  /** Offers the usual SIAE parties to start from (a new party only). */
  withTemplates?: boolean;
};

const TEMPLATE_NONE = 'aucune';

/** The usual SIAE parties, offered to fill the name and nature; everything else stays the user's to write. */
const TemplatePicker = ({ form }: { form: UseFormReturn<PartyFields, unknown, z.output<typeof partyFieldsSchema>> }): ReactNode => {
  const { t } = useTranslation();
  const name = form.watch('name');
  const chosen = usualSiaeParties.findIndex((party) => party.name === name);
  return (
    <SelectField
      label={t('parties.template')}
      description={t('parties.templateHelp')}
      options={[
        { id: TEMPLATE_NONE, label: t('parties.templateNone') },
        ...usualSiaeParties.map((party, index) => ({ id: String(index), label: party.name })),
      ]}
      value={chosen === -1 ? TEMPLATE_NONE : String(chosen)}
      onChange={(value) => {
        const template = value === null || value === TEMPLATE_NONE ? undefined : usualSiaeParties[Number(value)];
        if (!template) return;
        form.setValue('name', template.name, { shouldValidate: true });
        form.setValue('nature', template.nature);
      }}
    />
  );
};

/** An interested party: who, inside or outside, how much it weighs, what it needs, how the structure answers, and what in the file answers it. */
export const PartyForm = ({ defaultValues, onSubmit, onCancel, submitLabel, serverPrefix, withTemplates = false }: PartyFormProps) => {
  const { t } = useTranslation();
  const form = useServerForm(partyFieldsSchema, { defaultValues, onSubmit, serverPrefix });
  const { control, formState, formError, submit } = form;
  const processes = useProcessRecords();
  const documents = useDocumentPicks();
  const indicators = useIndicatorList(false);
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      {withTemplates && <TemplatePicker form={form} />}
      <FormTextField control={control} name="name" label={t('parties.field.name')} isRequired maxLength={120} />
      <div className="form__row">
        <FormSelectField
          control={control}
          name="nature"
          label={t('issues.field.nature')}
          options={issueNatures.map((id) => ({ id, label: t(`issues.nature.${id}`) }))}
          isRequired
        />
        <FormSelectField
          control={control}
          name="relevance"
          label={t('parties.field.relevance')}
          options={partyRelevances.map((id) => ({ id, label: t(`parties.relevance.${id}`) }))}
          isRequired
        />
      </div>
      <FormTextAreaField control={control} name="needs" label={t('parties.field.needs')} isRequired maxLength={4000} />
      <FormTextAreaField control={control} name="response" label={t('parties.field.response')} maxLength={4000} />
      <FormPickField control={control} name="processIds" label={t('parties.field.processIds')} options={processes} />
      <FormPickField control={control} name="documentIds" label={t('parties.field.documentIds')} source={documents} />
      <FormPickField
        control={control}
        name="indicatorIds"
        label={t('parties.field.indicatorIds')}
        options={(indicators.data ?? []).map((indicator) => ({ id: indicator.id, label: indicator.name }))}
      />
      <FormTextAreaField
        control={control}
        name="climate"
        label={t('parties.field.climate')}
        description={t('parties.climateHelp')}
        maxLength={2000}
      />
      <div className="form__row">
        <FormDateField control={control} name="identifiedOn" label={t('parties.field.identifiedOn')} isRequired />
        <FormDateField control={control} name="reviewDue" label={t('parties.field.reviewDue')} isRequired />
      </div>
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

export const emptyPartyFields = (): PartyFields => {
  const today = todayOnThisComputer();
  return {
    name: '',
    nature: 'externe',
    needs: '',
    response: '',
    climate: '',
    relevance: 'moyenne',
    processIds: [],
    documentIds: [],
    indicatorIds: [],
    identifiedOn: today,
    reviewDue: aYearAfter(today),
  };
};

export const partyFieldsOf = (party: Party): PartyFields => ({
  name: party.name,
  nature: party.nature,
  needs: party.needs,
  response: party.response ?? '',
  climate: party.climate ?? '',
  relevance: party.relevance,
  processIds: party.processes.map((process) => process.id),
  documentIds: party.documents.map((document) => document.id),
  indicatorIds: party.indicators.map((indicator) => indicator.id),
  identifiedOn: party.identifiedOn,
  reviewDue: party.reviewDue,
});

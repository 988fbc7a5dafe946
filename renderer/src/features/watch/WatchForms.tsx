import { useTranslation } from 'react-i18next';
import { Checkbox, Form } from 'react-aria-components';
import { useController } from 'react-hook-form';
import { z } from 'zod';
import { watchDomains, watchFrequencies } from '../../../../shared/domain/watch';
import {
  watchItemFieldsSchema,
  watchSourceFieldsSchema,
  type WatchItem,
  type WatchItemFields,
  type WatchSource,
  type WatchSourceFields,
} from '../../../../shared/schemas/watch';
import { calendarDateSchema, required } from '../../../../shared/schemas/common';
import { todayOnThisComputer } from '../../app/today';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormIdSelectField, FormSelectField, FormTextAreaField, FormTextField } from '../../ui/FormFields';
import { FormPersonField } from '../people/FormPersonField';
import { FormProcessField } from '../processes/FormProcessField';
import { useWatchSources } from './hooks';

type FormProps<Schema extends z.ZodType> = {
  defaultValues: z.input<Schema>;
  onSubmit: (fields: z.output<Schema>) => Promise<unknown>;
  onCancel: () => void;
  submitLabel: string;
  serverPrefix?: string;
};

/** A source followed: what, which domain, where, how often, by whom, since when. */
export const SourceForm = ({ defaultValues, onSubmit, onCancel, submitLabel, serverPrefix }: FormProps<typeof watchSourceFieldsSchema>) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(watchSourceFieldsSchema, { defaultValues, onSubmit, serverPrefix });
  const active = useController({ control, name: 'active' });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormTextField control={control} name="name" label={t('watch.field.name')} isRequired maxLength={120} />
      <div className="form__row">
        <FormSelectField
          control={control}
          name="domain"
          label={t('watch.field.domain')}
          options={watchDomains.map((id) => ({ id, label: t(`watch.domain.${id}`) }))}
          isRequired
        />
        <FormSelectField
          control={control}
          name="frequency"
          label={t('watch.field.frequency')}
          options={watchFrequencies.map((id) => ({ id, label: t(`watch.frequency.${id}`) }))}
          isRequired
        />
      </div>
      <FormTextField control={control} name="url" label={t('watch.field.url')} maxLength={500} />
      <div className="form__row">
        <FormPersonField control={control} name="ownerId" label={t('watch.field.ownerId')} />
        <FormDateField control={control} name="followedSince" label={t('watch.field.followedSince')} isRequired />
      </div>
      <FormTextAreaField control={control} name="notes" label={t('watch.field.notes')} maxLength={2000} />
      <Checkbox className="checkbox" isSelected={active.field.value} onChange={active.field.onChange}>
        <span className="checkbox__box" aria-hidden="true" />
        {t('watch.field.active')}
      </Checkbox>
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

export const emptySourceFields = (): WatchSourceFields => ({
  name: '',
  domain: 'reglementaire',
  url: '',
  frequency: 'mensuelle',
  ownerId: null,
  followedSince: todayOnThisComputer(),
  notes: '',
  active: true,
});

export const sourceFieldsOf = (source: WatchSource): WatchSourceFields => ({
  name: source.name,
  domain: source.domain,
  url: source.url ?? '',
  frequency: source.frequency,
  ownerId: source.ownerId,
  followedSince: source.followedSince,
  notes: source.notes ?? '',
  active: source.active,
});

/** An item noticed: when, where, what, a link, and the process it touches. */
export const ItemForm = ({ defaultValues, onSubmit, onCancel, submitLabel, serverPrefix }: FormProps<typeof watchItemFieldsSchema>) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(watchItemFieldsSchema, { defaultValues, onSubmit, serverPrefix });
  const sources = useWatchSources(false);
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormTextField control={control} name="title" label={t('watch.field.title')} isRequired maxLength={200} />
      <FormTextAreaField control={control} name="summary" label={t('watch.field.summary')} isRequired maxLength={4000} />
      <div className="form__row">
        <FormIdSelectField
          control={control}
          name="sourceId"
          label={t('watch.field.sourceId')}
          records={(sources.data ?? []).map((source) => ({ id: source.id, label: source.name }))}
          noneLabel={t('watch.noSource')}
        />
        <FormSelectField
          control={control}
          name="domain"
          label={t('watch.field.domain')}
          options={watchDomains.map((id) => ({ id, label: t(`watch.domain.${id}`) }))}
          isRequired
        />
      </div>
      <FormTextField control={control} name="url" label={t('watch.field.url')} maxLength={500} />
      <div className="form__row">
        <FormDateField control={control} name="noticedOn" label={t('watch.field.noticedOn')} isRequired />
        <FormProcessField control={control} name="processId" label={t('watch.field.processId')} />
      </div>
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

export const emptyItemFields = (): WatchItemFields => ({
  sourceId: null,
  noticedOn: todayOnThisComputer(),
  title: '',
  summary: '',
  url: '',
  domain: 'reglementaire',
  processId: null,
});

export const itemFieldsOf = (item: WatchItem): WatchItemFields => ({
  sourceId: item.sourceId,
  noticedOn: item.noticedOn,
  title: item.title,
  summary: item.summary,
  url: item.url ?? '',
  domain: item.domain,
  processId: item.processId,
});

const consultedSchema = z.object({ consultedOn: required(calendarDateSchema, 'Indiquez la date de consultation.') });

/** "Consultée le …" when nothing new was found: the next consultation follows from the source's pace. */
export const ConsultedForm = ({ onSubmit, onCancel }: { onSubmit: (consultedOn: string) => Promise<unknown>; onCancel: () => void }) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(consultedSchema, {
    defaultValues: { consultedOn: todayOnThisComputer() },
    onSubmit: (fields) => onSubmit(fields.consultedOn),
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <p className="form__help">{t('watch.consultedHelp')}</p>
      <FormDateField control={control} name="consultedOn" label={t('watch.consultedOn')} isRequired />
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

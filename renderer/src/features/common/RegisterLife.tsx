import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { aYearAfter } from '../../../../shared/domain/register-life';
import { registerRetireFieldsSchema, registerReviewFieldsSchema } from '../../../../shared/schemas/register-life';
import { todayOnThisComputer } from '../../app/today';
import { useServerForm } from '../../api/useServerForm';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormTextAreaField } from '../../ui/FormFields';

type LifeFormProps<Schema extends z.ZodType> = { onSubmit: (fields: z.output<Schema>) => Promise<unknown>; onCancel: () => void };

/** A review of a register record: the day, the next due date (a year on by default), a comment. */
export const RegisterReviewForm = ({ onSubmit, onCancel }: LifeFormProps<typeof registerReviewFieldsSchema>) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(registerReviewFieldsSchema, {
    defaultValues: { reviewedOn: todayOnThisComputer(), nextReviewDue: aYearAfter(todayOnThisComputer()), comment: '' },
    onSubmit,
    serverPrefix: 'fields.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <p className="form__help">{t('issues.life.reviewHelp')}</p>
      <div className="form__row">
        <FormDateField control={control} name="reviewedOn" label={t('issues.life.reviewedOn')} isRequired />
        <FormDateField control={control} name="nextReviewDue" label={t('issues.life.nextReviewDue')} isRequired />
      </div>
      <FormTextAreaField control={control} name="comment" label={t('issues.life.comment')} maxLength={2000} />
      <FormActions submitLabel={t('issues.life.reviewSubmit')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/** Retiring a register record: the day, and why it no longer applies. */
export const RegisterRetireForm = ({ onSubmit, onCancel }: LifeFormProps<typeof registerRetireFieldsSchema>) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(registerRetireFieldsSchema, {
    defaultValues: { retiredOn: todayOnThisComputer(), reason: '' },
    onSubmit,
    serverPrefix: 'fields.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <p className="form__help">{t('issues.life.retireHelp')}</p>
      <FormDateField control={control} name="retiredOn" label={t('issues.life.retiredOn')} isRequired />
      <FormTextAreaField control={control} name="reason" label={t('issues.life.reason')} isRequired maxLength={2000} />
      <FormActions submitLabel={t('issues.life.retireSubmit')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/** A record's place in its register: retired on a day, or its review late. */
export const LifeBadges = ({ record }: { record: { status: 'actif' | 'retire'; retiredOn: string | null; reviewLate: boolean } }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  if (record.status === 'retire') {
    return (
      <span className="badge badge--register-retire">
        {t('issues.life.retiredBadge', { date: record.retiredOn ? formatCalendarDate(record.retiredOn, dateLocale) : '' })}
      </span>
    );
  }
  return record.reviewLate ? <span className="badge badge--late">{t('issues.life.late')}</span> : null;
};

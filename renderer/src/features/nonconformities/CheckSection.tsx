import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { effectivenessVerdicts, openCheckOf } from '../../../../shared/domain/nonconformities';
import { checkPlanFieldsSchema, verdictFieldsSchema, type Nonconformity } from '../../../../shared/schemas/nonconformities';
import { useServerForm } from '../../api/useServerForm';
import { todayOnThisComputer } from '../../app/today';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { Modal } from '../../ui/Modal';
import { Attachments } from '../files/Attachments';
import { FormPersonField } from '../people/FormPersonField';
import { useLoopMutation } from '../common/loopMutation';

type FormProps = { nc: Nonconformity; onDone: (message: string) => void; onCancel: () => void };

const PlanForm = ({ nc, onDone, onCancel }: FormProps) => {
  const { t } = useTranslation();
  const plan = useLoopMutation('nonconformities.planCheck');
  const open = openCheckOf(nc.checks);
  const { control, formState, formError, submit } = useServerForm(checkPlanFieldsSchema, {
    defaultValues: { plannedOn: open?.plannedOn ?? null, criterion: open?.criterion ?? '' },
    onSubmit: async (check) => {
      await plan.mutateAsync({ id: nc.id, revision: nc.revision, check });
      onDone(t('nonconformities.check.planned'));
    },
    serverPrefix: 'check.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <p className="form__help">{t('nonconformities.check.help')}</p>
      <FormDateField control={control} name="plannedOn" label={t('nonconformities.check.plannedOn')} isRequired />
      <FormTextAreaField
        control={control}
        name="criterion"
        label={t('nonconformities.check.criterion')}
        description={t('nonconformities.check.criterionHelp')}
        isRequired
        maxLength={2000}
      />
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

const VerdictForm = ({ nc, onDone, onCancel }: FormProps) => {
  const { t } = useTranslation();
  const record = useLoopMutation('nonconformities.recordVerdict');
  const { control, formState, formError, submit } = useServerForm(verdictFieldsSchema, {
    defaultValues: { verdict: 'efficace', checkedOn: todayOnThisComputer(), checkedById: null, comment: '' },
    onSubmit: async (verdict) => {
      const after = await record.mutateAsync({ id: nc.id, revision: nc.revision, verdict });
      onDone(
        after.status === 'close'
          ? t('nonconformities.check.closed', { reference: nc.reference })
          : t('nonconformities.check.backToAnalysis'),
      );
    },
    serverPrefix: 'verdict.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <p className="form__help">{t('nonconformities.check.verdictHelp')}</p>
      <FormSelectField
        control={control}
        name="verdict"
        label={t('nonconformities.check.verdict')}
        options={effectivenessVerdicts.map((id) => ({ id, label: t(`nonconformities.check.verdicts.${id}`) }))}
        isRequired
      />
      <div className="form__row">
        <FormDateField control={control} name="checkedOn" label={t('nonconformities.check.checkedOn')} isRequired />
        <FormPersonField control={control} name="checkedById" label={t('nonconformities.check.checkedById')} isRequired />
      </div>
      <FormTextAreaField control={control} name="comment" label={t('nonconformities.check.comment')} isRequired maxLength={4000} />
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/** The effectiveness check planned with the actions, its evidence, its verdict; and the checks already judged. */
export const CheckSection = ({ nc, onNotice }: { nc: Nonconformity; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const [dialog, setDialog] = useState<'plan' | 'verdict' | null>(null);
  const open = openCheckOf(nc.checks);
  const judged = nc.checks.filter((check) => check.verdict !== null);
  const isOpen = nc.status !== 'close';
  const done = (message: string) => {
    setDialog(null);
    onNotice(message);
  };
  return (
    <section className="section" aria-labelledby="nc-check">
      <div className="section__header">
        <h2 id="nc-check">{t('nonconformities.check.title')}</h2>
        {isOpen && (
          <Button onPress={() => setDialog('plan')}>{open ? t('nonconformities.check.replan') : t('nonconformities.check.plan')}</Button>
        )}
      </div>
      {open ? (
        <div className="check">
          <p>
            <strong>{t('nonconformities.check.plannedLine', { date: formatCalendarDate(open.plannedOn, dateLocale) })}</strong> —{' '}
            {t('nonconformities.check.criterion')} : <span className="nc-text">{open.criterion}</span>
          </p>
          <h3>{t('nonconformities.check.evidence')}</h3>
          <Attachments owner={{ entity: 'effectiveness_check', id: open.id }} editable={isOpen} />
          {nc.status === 'verification' ? (
            <Button variant="primary" onPress={() => setDialog('verdict')}>
              {t('nonconformities.check.verdictAction')}
            </Button>
          ) : (
            <p className="form__help">{t('nonconformities.check.waitActions')}</p>
          )}
        </div>
      ) : (
        isOpen && <p>{t('nonconformities.check.none')}</p>
      )}
      {judged.length > 0 && (
        <>
          <h3>{t('nonconformities.check.past')}</h3>
          <ul className="check-list">
            {judged.map((check) => (
              <li key={check.id} className={`check-list__item check-list__item--${check.verdict ?? ''}`}>
                <strong>{check.verdict && t(`nonconformities.check.verdicts.${check.verdict}`)}</strong> —{' '}
                {t('nonconformities.check.pastLine', {
                  planned: formatCalendarDate(check.plannedOn, dateLocale),
                  date: check.checkedOn ? formatCalendarDate(check.checkedOn, dateLocale) : '',
                  name: check.checkedByName ?? '',
                })}
                <br />
                {t('nonconformities.check.criterion')} : {check.criterion}
                <br />
                <span className="nc-text">{check.comment}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <Modal
        title={t(dialog === 'verdict' ? 'nonconformities.check.verdictTitle' : 'nonconformities.check.planTitle', {
          reference: nc.reference,
        })}
        isOpen={dialog !== null}
        onOpenChange={(value) => !value && setDialog(null)}
      >
        {dialog === 'plan' && <PlanForm nc={nc} onDone={done} onCancel={() => setDialog(null)} />}
        {dialog === 'verdict' && <VerdictForm nc={nc} onDone={done} onCancel={() => setDialog(null)} />}
      </Modal>
    </section>
  );
};

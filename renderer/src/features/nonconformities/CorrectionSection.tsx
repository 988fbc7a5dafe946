import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { correctionFieldsSchema, type Nonconformity } from '../../../../shared/schemas/nonconformities';
import { useServerForm } from '../../api/useServerForm';
import { todayOnThisComputer } from '../../app/today';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormTextAreaField } from '../../ui/FormFields';
import { Modal } from '../../ui/Modal';
import { FormPersonField } from '../people/FormPersonField';
import { useLoopMutation } from '../common/loopMutation';

const CorrectionForm = ({ nc, onDone, onCancel }: { nc: Nonconformity; onDone: () => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const record = useLoopMutation('nonconformities.recordCorrection');
  const { control, formState, formError, submit } = useServerForm(correctionFieldsSchema, {
    defaultValues: { what: nc.correction?.what ?? '', byId: nc.correction?.byId ?? null, on: nc.correction?.on ?? todayOnThisComputer() },
    onSubmit: async (correction) => {
      await record.mutateAsync({ id: nc.id, revision: nc.revision, correction });
      onDone();
    },
    serverPrefix: 'correction.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <p className="form__help">{t('nonconformities.correction.help')}</p>
      <FormTextAreaField control={control} name="what" label={t('nonconformities.correction.what')} isRequired maxLength={2000} />
      <div className="form__row">
        <FormPersonField control={control} name="byId" label={t('nonconformities.correction.byId')} isRequired />
        <FormDateField control={control} name="on" label={t('nonconformities.correction.on')} isRequired />
      </div>
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/** The correction: what was done at once on the effect, by whom, when. */
export const CorrectionSection = ({ nc, onNotice }: { nc: Nonconformity; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const [editing, setEditing] = useState(false);
  const open = nc.status !== 'close';
  return (
    <section className="section" aria-labelledby="nc-correction">
      <div className="section__header">
        <h2 id="nc-correction">{t('nonconformities.correction.title')}</h2>
        {open && (
          <Button onPress={() => setEditing(true)}>
            {nc.correction ? t('nonconformities.correction.edit') : t('nonconformities.correction.record')}
          </Button>
        )}
      </div>
      {nc.correction ? (
        <dl className="details">
          <dt>{t('nonconformities.correction.what')}</dt>
          <dd className="nc-text">{nc.correction.what}</dd>
          <dt>{t('nonconformities.correction.byId')}</dt>
          <dd>
            {nc.correction.byName ?? t('common.none')}
            {nc.correction.on && ` — ${formatCalendarDate(nc.correction.on, dateLocale)}`}
          </dd>
        </dl>
      ) : (
        <p>{t('nonconformities.correction.none')}</p>
      )}
      <Modal title={t('nonconformities.correction.title')} isOpen={editing} onOpenChange={setEditing}>
        <CorrectionForm
          nc={nc}
          onDone={() => {
            setEditing(false);
            onNotice(t('nonconformities.correction.recorded'));
          }}
          onCancel={() => setEditing(false)}
        />
      </Modal>
    </section>
  );
};

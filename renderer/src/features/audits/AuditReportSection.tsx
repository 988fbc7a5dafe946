import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { auditReportFieldsSchema, type Audit } from '../../../../shared/schemas/audits';
import { useServerForm } from '../../api/useServerForm';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormIdSelectField, FormTextAreaField } from '../../ui/FormFields';
import { Modal } from '../../ui/Modal';
import { useAuditMove } from './hooks';

const ReportForm = ({ audit, onDone, onCancel }: { audit: Audit; onDone: (saved: Audit) => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const save = useAuditMove('audits.saveReport', audit.id);
  const { report } = audit;
  const { control, formState, formError, submit } = useServerForm(auditReportFieldsSchema, {
    defaultValues: {
      objectives: report.objectives ?? '',
      criteria: report.criteria ?? '',
      conclusion: report.conclusion ?? '',
      signedOffById: report.signedOffBy?.id ?? null,
      signedOffOn: report.signedOffOn,
    },
    onSubmit: async (fields) => {
      onDone(await save.mutateAsync({ id: audit.id, revision: audit.revision, fields }));
    },
    serverPrefix: 'fields.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormTextAreaField control={control} name="objectives" label={t('audits.field.objectives')} maxLength={4000} />
      <FormTextAreaField control={control} name="criteria" label={t('audits.field.criteria')} maxLength={4000} />
      <FormTextAreaField control={control} name="conclusion" label={t('audits.field.conclusion')} maxLength={4000} />
      <div className="form__row">
        <FormIdSelectField
          control={control}
          name="signedOffById"
          label={t('audits.field.signedOffById')}
          description={t('audits.internalReport.signedOffHelp')}
          noneLabel={t('audits.internalReport.notSigned')}
          records={audit.auditees.map((auditee) => ({ id: auditee.id, label: auditee.name }))}
        />
        <FormDateField control={control} name="signedOffOn" label={t('audits.field.signedOffOn')} />
      </div>
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/**
 * An internal audit's report beyond its findings (ISO 19011 §6.5): objectives, criteria, conclusion
 * and an auditee's acknowledgement. A certification body's audit has none here: its report is the
 * body's, attached as a file.
 */
export const AuditReportSection = ({ audit, onNotice }: { audit: Audit; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const [editing, setEditing] = useState(false);
  const { report } = audit;
  const none = t('common.none');
  return (
    <section className="section" aria-labelledby="audit-internal-report">
      <h2 id="audit-internal-report">{t('audits.internalReport.title')}</h2>
      <p className="form__help">{t('audits.internalReport.help')}</p>
      <dl className="details">
        <dt>{t('audits.field.objectives')}</dt>
        <dd className="nc-text">{report.objectives ?? none}</dd>
        <dt>{t('audits.field.criteria')}</dt>
        <dd className="nc-text">{report.criteria ?? none}</dd>
        <dt>{t('audits.field.conclusion')}</dt>
        <dd className="nc-text">{report.conclusion ?? none}</dd>
        <dt>{t('audits.field.signedOffBy')}</dt>
        <dd data-testid="audit-signed-off">
          {report.signedOffBy && report.signedOffOn
            ? `${report.signedOffBy.name}, ${formatCalendarDate(report.signedOffOn, dateLocale)}`
            : t('audits.internalReport.notSigned')}
        </dd>
      </dl>
      {audit.status !== 'annule' && <Button onPress={() => setEditing(true)}>{t('audits.internalReport.edit')}</Button>}
      <Modal
        title={t('audits.internalReport.editTitle', { reference: audit.reference })}
        isOpen={editing}
        onOpenChange={(open) => !open && setEditing(false)}
      >
        <ReportForm
          audit={audit}
          onDone={(saved) => {
            setEditing(false);
            const held = audit.status !== saved.status ? ` ${t('audits.nowHeld', { reference: audit.reference })}` : '';
            onNotice(`${t('audits.internalReport.saved')}${held}`);
          }}
          onCancel={() => setEditing(false)}
        />
      </Modal>
    </section>
  );
};

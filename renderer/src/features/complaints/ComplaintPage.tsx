import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { complaintNonconformityFieldsSchema, type Complaint } from '../../../../shared/schemas/complaints';
import { useServerForm } from '../../api/useServerForm';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { FormPersonField } from '../people/FormPersonField';
import { useLoopHistoryFormat } from '../common/loopHistory';
import { useLoopMutation } from '../common/loopMutation';
import { ncOptions } from '../common/loopOptions';
import { ComplaintForm } from './ComplaintForm';
import { useComplaint } from './hooks';
import '../common/loop.css';
import { QueryFallback } from '../../ui/list/QueryView';

/** Opens the réclamation's nonconformity in one step, then goes to it. */
const OpenNonconformityForm = ({ complaint, onCancel }: { complaint: Complaint; onCancel: () => void }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = useLoopMutation('complaints.openNonconformity');
  const { control, formState, formError, submit } = useServerForm(complaintNonconformityFieldsSchema, {
    defaultValues: { severity: 'mineure', description: complaint.subject, detectedById: complaint.handledById },
    onSubmit: async (fields) => {
      const nc = await open.mutateAsync({ id: complaint.id, revision: complaint.revision, fields });
      await navigate(`/non-conformites/${nc.id}`, { state: { notice: t('complaints.ncOpened', { reference: nc.reference }) } });
    },
    serverPrefix: 'fields.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <p className="form__help">{t('complaints.openNcHelp')}</p>
      <FormTextAreaField control={control} name="description" label={t('nonconformities.field.description')} isRequired maxLength={4000} />
      <div className="form__row">
        <FormSelectField
          control={control}
          name="severity"
          label={t('nonconformities.field.severity')}
          options={ncOptions(t).severities}
          isRequired
        />
        <FormPersonField control={control} name="detectedById" label={t('nonconformities.field.detectedById')} />
      </div>
      <FormActions submitLabel={t('complaints.openNc')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/** One réclamation: who, when, how, what about, the response and its time, its analysis, the nonconformity it opened, its history. */
export const ComplaintPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const id = Number(useParams().id);
  const location = useLocation();
  const complaint = useComplaint(id);
  const update = useLoopMutation('complaints.update');
  const [dialog, setDialog] = useState<'edit' | 'nc' | null>(null);
  const [notice, showNotice] = useNotice();
  const format = useLoopHistoryFormat();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  if (!complaint.isSuccess) return <QueryFallback query={complaint} />;
  const record = complaint.data;
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/reclamations">← {t('complaints.title')}</Link>
      </p>
      <PageHeader
        title={<span className="reference">{record.reference}</span>}
        subtitle={<span className={`badge badge--complaint-${record.state}`}>{t(`complaints.state.${record.state}`)}</span>}
        actions={
          <>
            <Button onPress={() => setDialog('edit')}>{t('complaints.edit')}</Button>
            {!record.nonconformity && (
              <Button variant="primary" onPress={() => setDialog('nc')}>
                {t('complaints.openNc')}
              </Button>
            )}
          </>
        }
      />
      <Notice message={notice ?? arrivalNotice} />
      <dl className="details">
        <dt>{t('complaints.field.complainantKind')}</dt>
        <dd>
          {t(`complaints.complainantKind.${record.complainantKind}`)}
          {record.complainant && ` — ${record.complainant}`}
        </dd>
        <dt>{t('complaints.field.receivedOn')}</dt>
        <dd>
          {date(record.receivedOn)} — {t(`complaints.channel.${record.channel}`)}
        </dd>
        <dt>{t('complaints.field.subject')}</dt>
        <dd className="nc-text">{record.subject}</dd>
        <dt>{t('complaints.field.process')}</dt>
        <dd>{record.processName ?? t('common.none')}</dd>
        <dt>{t('complaints.field.handledBy')}</dt>
        <dd>{record.handledByName ?? t('common.none')}</dd>
        <dt>{t('complaints.field.responseDue')}</dt>
        <dd>{date(record.responseDue)}</dd>
        <dt>{t('complaints.field.respondedOn')}</dt>
        <dd>{date(record.respondedOn)}</dd>
        <dt>{t('complaints.field.responseDays')}</dt>
        <dd data-testid="response-days">
          {record.responseDays === null ? t('common.none') : t('complaints.days', { count: record.responseDays })}
        </dd>
        <dt>{t('complaints.field.response')}</dt>
        <dd className="nc-text">{record.response ?? t('common.none')}</dd>
        <dt>{t('complaints.field.analysis')}</dt>
        <dd data-testid="complaint-analysis">
          {record.founded === null || record.analysedOn === null
            ? t('complaints.notAnalysed')
            : t('complaints.foundedOn', { founded: t(`complaints.founded.${record.founded}`), date: date(record.analysedOn) })}
        </dd>
        <dt>{t('complaints.field.cause')}</dt>
        <dd className="nc-text">{record.cause ?? t('common.none')}</dd>
        <dt>{t('complaints.field.action')}</dt>
        <dd>
          {record.action ? (
            <Link to={`/actions/${record.action.id}`}>
              {record.action.reference} — {t(`actions.status.${record.action.status}`)}
            </Link>
          ) : (
            t('common.none')
          )}
        </dd>
        <dt>{t('complaints.field.nonconformity')}</dt>
        <dd>
          {record.nonconformity ? (
            <Link to={`/non-conformites/${record.nonconformity.id}`}>
              {record.nonconformity.reference} — {t(`nonconformities.status.${record.nonconformity.status}`)}
            </Link>
          ) : (
            t('common.none')
          )}
        </dd>
      </dl>
      <section className="section" aria-labelledby="complaint-history">
        <h2 id="complaint-history">{t('complaints.history')}</h2>
        <HistoryTimeline entity="complaint" entityId={record.id} fieldLabel={format.label} formatValue={format.value} />
      </section>
      <Modal
        title={
          dialog === 'nc'
            ? t('complaints.openNcTitle', { reference: record.reference })
            : t('complaints.editTitle', { reference: record.reference })
        }
        isOpen={dialog !== null}
        onOpenChange={(open) => !open && setDialog(null)}
      >
        {dialog === 'nc' && <OpenNonconformityForm complaint={record} onCancel={() => setDialog(null)} />}
        {dialog === 'edit' && (
          <ComplaintForm
            defaultValues={{
              complainantKind: record.complainantKind,
              complainant: record.complainant ?? '',
              receivedOn: record.receivedOn,
              channel: record.channel,
              subject: record.subject,
              processId: record.processId,
              handledById: record.handledById,
              responseDue: record.responseDue,
              respondedOn: record.respondedOn,
              response: record.response ?? '',
              founded: record.founded,
              analysedOn: record.analysedOn,
              cause: record.cause ?? '',
              actionId: record.action?.id ?? null,
            }}
            serverPrefix="fields."
            submitLabel={t('common.save')}
            onSubmit={async (fields) => {
              await update.mutateAsync({ id: record.id, revision: record.revision, fields });
              setDialog(null);
              showNotice(t('complaints.saved'));
            }}
            onCancel={() => setDialog(null)}
          />
        )}
      </Modal>
    </>
  );
};

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { auditStatuses, auditTypes, checklistResults, findingStatuses, isExternalAudit } from '../../../../shared/domain/audits';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { Attachments } from '../files/Attachments';
import { useFileHistoryFormat } from '../files/history';
import { cycleSlotLabel } from '../common/cycleSlot';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { PdfJobButton } from '../../ui/pdf/PdfJobButton';
import { AuditDetails } from './AuditDetails';
import { CancelAuditDialog, DeleteAuditDialog } from './AuditDialogs';
import { AuditForm, auditToFields } from './AuditForm';
import { AuditReportSection } from './AuditReportSection';
import { ChecklistSection } from './ChecklistSection';
import { FindingsSection } from './FindingsSection';
import { useAudit, useAuditMove } from './hooks';
import { QueryFallback } from '../../ui/list/QueryView';
import { auditActionPlanFileName, auditReportFileName } from '../../../../shared/domain/pack';
import { call } from '../../api/client';

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);
const dateFields = new Set([
  'startDate',
  'endDate',
  'reportNotifiedOn',
  'responseDue',
  'followUpDue',
  'windowStart',
  'windowEnd',
  'signedOffOn',
]);

/** One audit: record, team and scope, the report, the checklist, the findings and the history. */
export const AuditPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const id = Number(useParams().id);
  const location = useLocation();
  const audit = useAudit(id);
  const update = useAuditMove('audits.update', id);
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<'cancel' | 'delete' | null>(null);
  const [notice, showNotice] = useNotice();
  const fileHistory = useFileHistoryFormat();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  if (!audit.isSuccess) return <QueryFallback query={audit} />;
  const record = audit.data;
  const isOpen = record.status !== 'clos' && record.status !== 'annule';

  const formatValue = (field: string, value: unknown): string => {
    const fileValue = fileHistory.value(field, value);
    if (fileValue !== null) return fileValue;
    if (field === 'type' && isOneOf(auditTypes, value)) return t(`audits.type.${value}`);
    if (field === 'status' && isOneOf(auditStatuses, value)) return t(`audits.status.${value}`);
    if (field === 'status' && isOneOf(findingStatuses, value)) return t(`audits.findings.statuses.${value}`);
    if (field === 'result' && isOneOf(checklistResults, value)) return t(`audits.checklist.results.${value}`);
    if (field === 'cycleSlot' && typeof value === 'string') return cycleSlotLabel(t, value);
    if (dateFields.has(field) && typeof value === 'string') return formatCalendarDate(value, dateLocale);
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/audits">← {t('audits.title')}</Link>
      </p>
      <PageHeader
        title={
          <>
            <span className="reference">{record.reference}</span> {record.title ?? t(`audits.type.${record.type}`)}
          </>
        }
        subtitle={
          record.certificationScheme
            ? `${t(`audits.type.${record.type}`)} — ${record.certificationScheme}`
            : t(`audits.type.${record.type}`)
        }
        actions={
          !editing && (
            <>
              <Button variant="primary" onPress={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
              {record.status !== 'annule' && <Button onPress={() => setDialog('cancel')}>{t('audits.cancel.action')}</Button>}
              <PdfJobButton
                inHeader
                label={t('actions.auditPlanPdf')}
                fileName={auditActionPlanFileName(record.reference)}
                start={(targetId) => call('actions.startAuditPlan', { auditId: record.id, ...(targetId ? { targetId } : {}) })}
              />
              <Button variant="danger" onPress={() => setDialog('delete')}>
                {t('audits.delete.action')}
              </Button>
            </>
          )
        }
      />
      <Notice message={notice ?? arrivalNotice} />
      {record.status !== 'annule' && (
        <PdfJobButton
          label={t(isExternalAudit(record.type) ? 'pack.auditFindings' : 'pack.auditReport')}
          fileName={auditReportFileName(record.reference, isExternalAudit(record.type))}
          start={(targetId) => call('audits.startReport', { auditId: record.id, ...(targetId ? { targetId } : {}) })}
        />
      )}
      {editing ? (
        <AuditForm
          defaultValues={auditToFields(record)}
          submitLabel={t('common.save')}
          serverPrefix="fields."
          onSubmit={async (fields) => {
            await update.mutateAsync({ id: record.id, revision: record.revision, fields });
            setEditing(false);
            showNotice(t('audits.updated'));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <AuditDetails audit={record} />
      )}
      <section className="section" aria-labelledby="audit-report">
        <h2 id="audit-report">{t('audits.report')}</h2>
        <p className="form__help">{isOpen ? t('audits.reportHelp') : t('audits.reportFrozen')}</p>
        <Attachments owner={{ entity: 'audit', id: record.id }} editable={isOpen} />
      </section>
      <ChecklistSection audit={record} onNotice={showNotice} />
      <FindingsSection audit={record} onNotice={showNotice} />
      {!isExternalAudit(record.type) && <AuditReportSection audit={record} onNotice={showNotice} />}
      <section className="section" aria-labelledby="audit-history">
        <h2 id="audit-history">{t('audits.history')}</h2>
        <HistoryTimeline
          entity="audit"
          entityId={record.id}
          fieldLabel={(field) => fileHistory.label(field) ?? t(`audits.field.${field}` as 'audits.field.type', { defaultValue: field })}
          formatValue={formatValue}
        />
      </section>
      <CancelAuditDialog audit={record} isOpen={dialog === 'cancel'} onClose={() => setDialog(null)} onNotice={showNotice} />
      <DeleteAuditDialog audit={record} isOpen={dialog === 'delete'} onClose={() => setDialog(null)} />
    </>
  );
};

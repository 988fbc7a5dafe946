import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { Group } from '../../../../shared/schemas/group';
import {
  crossAuditCancelSchema,
  crossAuditDoneSchema,
  crossAuditPlanSchema,
  type CrossAudit,
} from '../../../../shared/schemas/group-audits';
import { useServerForm } from '../../api/useServerForm';
import { todayOnThisComputer } from '../../app/today';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormIdSelectField, FormTextAreaField, FormTextField } from '../../ui/FormFields';
import { QueryFallback } from '../../ui/list/QueryView';
import { useCancelCrossAudit, useCompleteCrossAudit, useCrossAudits, usePlanCrossAudit } from './auditsHooks';

type Notify = (message: string) => void;

/** Plans a cross-audit: one member's auditor at another member, on a day, on a scope. */
const PlanForm = ({ group, onSaved }: { group: Group; onSaved: Notify }) => {
  const { t } = useTranslation();
  const plan = usePlanCrossAudit();
  const members = group.members.filter((member) => member.removedOn === null).map((member) => ({ id: member.id, label: member.name }));
  const empty = { auditorName: '', plannedOn: todayOnThisComputer(), scope: '' };
  const form = useServerForm(crossAuditPlanSchema, {
    defaultValues: empty,
    onSubmit: async (values) => {
      const planned = await plan.mutateAsync(values);
      form.reset(empty);
      onSaved(t('group.crossAudits.planned', { name: planned.auditeeMemberName }));
    },
  });
  return (
    <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria" aria-label={t('group.crossAudits.plan')}>
      <FormAlert message={form.formError} />
      <div className="form__row">
        <FormIdSelectField
          control={form.control}
          name="auditorMemberId"
          label={t('group.crossAudits.field.auditorMemberId')}
          records={members}
          isRequired
        />
        <FormTextField
          control={form.control}
          name="auditorName"
          label={t('group.crossAudits.field.auditorName')}
          maxLength={160}
          isRequired
        />
      </div>
      <div className="form__row">
        <FormIdSelectField
          control={form.control}
          name="auditeeMemberId"
          label={t('group.crossAudits.field.auditeeMemberId')}
          records={members}
          isRequired
        />
        <FormDateField control={form.control} name="plannedOn" label={t('group.crossAudits.field.plannedOn')} isRequired />
      </div>
      <FormTextAreaField control={form.control} name="scope" label={t('group.crossAudits.field.scope')} maxLength={2000} isRequired />
      <FormActions submitLabel={t('group.crossAudits.plan')} isSubmitting={form.formState.isSubmitting} />
    </Form>
  );
};

/** Records a planned cross-audit as done (its day, its conclusion) or cancels it (its day, its reason). */
const CloseForm = ({
  audit,
  kind,
  onSaved,
  onCancel,
}: {
  audit: CrossAudit;
  kind: 'done' | 'cancel';
  onSaved: Notify;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const complete = useCompleteCrossAudit();
  const cancel = useCancelCrossAudit();
  const name = audit.auditeeMemberName;
  const label = t(kind === 'done' ? 'group.crossAudits.doneOf' : 'group.crossAudits.cancelOf', {
    name,
    date: formatCalendarDate(audit.plannedOn, dateLocale),
  });
  const done = useServerForm(crossAuditDoneSchema, {
    defaultValues: { id: audit.id, doneOn: todayOnThisComputer(), conclusion: '' },
    onSubmit: async (values) => {
      await complete.mutateAsync(values);
      onSaved(t('group.crossAudits.done', { name }));
    },
  });
  const cancelled = useServerForm(crossAuditCancelSchema, {
    defaultValues: { id: audit.id, cancelledOn: todayOnThisComputer(), reason: '' },
    onSubmit: async (values) => {
      await cancel.mutateAsync(values);
      onSaved(t('group.crossAudits.cancelled', { name }));
    },
  });
  const form = kind === 'done' ? done : cancelled;
  return (
    <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria" aria-label={label}>
      <FormAlert message={form.formError} />
      {kind === 'done' ? (
        <>
          <FormDateField control={done.control} name="doneOn" label={t('group.crossAudits.field.doneOn')} isRequired />
          <FormTextAreaField
            control={done.control}
            name="conclusion"
            label={t('group.crossAudits.field.conclusion')}
            maxLength={2000}
            isRequired
          />
        </>
      ) : (
        <>
          <FormDateField control={cancelled.control} name="cancelledOn" label={t('group.crossAudits.field.cancelledOn')} isRequired />
          <FormTextAreaField
            control={cancelled.control}
            name="reason"
            label={t('group.crossAudits.field.reason')}
            maxLength={2000}
            isRequired
          />
        </>
      )}
      <FormActions
        submitLabel={t(kind === 'done' ? 'group.crossAudits.markDone' : 'group.crossAudits.cancel')}
        isSubmitting={form.formState.isSubmitting}
        onCancel={onCancel}
      />
    </Form>
  );
};

/** One cross-audit's line: who audits whom, when, on what, where it stands, and what can be recorded of it. */
const CrossAuditRow = ({ audit, onNotice }: { audit: CrossAudit; onNotice: Notify }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const [closing, setClosing] = useState<'done' | 'cancel' | null>(null);
  const date = (value: string | null) => (value === null ? '' : formatCalendarDate(value, dateLocale));
  const situation =
    audit.status === 'realise'
      ? t('group.crossAudits.doneWith', { date: date(audit.doneOn), conclusion: audit.conclusion ?? '' })
      : audit.status === 'annule'
        ? t('group.crossAudits.cancelledWith', { date: date(audit.cancelledOn), reason: audit.cancelReason ?? '' })
        : null;
  return (
    <tr data-testid={`cross-audit-${audit.id}`}>
      <td>
        {audit.auditorName} ({audit.auditorMemberName})
      </td>
      <th scope="row">{audit.auditeeMemberName}</th>
      <td>{date(audit.plannedOn)}</td>
      <td>{audit.scope}</td>
      <td>
        <span className={audit.state === 'en_retard' ? 'badge badge--overdue' : 'badge'}>
          {t(`group.crossAudits.state.${audit.state}`)}
        </span>{' '}
        {situation}
        {audit.status === 'planifie' &&
          (closing === null ? (
            <>
              {' '}
              <Button variant="quiet" onPress={() => setClosing('done')}>
                {t('group.crossAudits.markDone')}
              </Button>{' '}
              <Button variant="quiet" onPress={() => setClosing('cancel')}>
                {t('group.crossAudits.cancel')}
              </Button>
            </>
          ) : (
            <CloseForm
              audit={audit}
              kind={closing}
              onCancel={() => setClosing(null)}
              onSaved={(message) => {
                setClosing(null);
                onNotice(message);
              }}
            />
          ))}
      </td>
    </tr>
  );
};

/** Cross-audits between members: the list with late ones flagged, and planning one. */
export const CrossAuditsSection = ({ group, onNotice }: { group: Group; onNotice: Notify }) => {
  const { t } = useTranslation();
  const audits = useCrossAudits();
  return (
    <section className="section" aria-labelledby="group-cross-audits-title">
      <h2 id="group-cross-audits-title">{t('group.crossAudits.title')}</h2>
      <p className="form__help">{t('group.crossAudits.help')}</p>
      {!audits.isSuccess ? (
        <QueryFallback query={audits} />
      ) : audits.data.length === 0 ? (
        <p>{t('group.crossAudits.none')}</p>
      ) : (
        <div className="table-scroller" role="region" aria-label={t('group.crossAudits.title')} tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('group.crossAudits.auditor')}</th>
                <th scope="col">{t('group.crossAudits.auditee')}</th>
                <th scope="col">{t('group.crossAudits.plannedOn')}</th>
                <th scope="col">{t('group.crossAudits.scope')}</th>
                <th scope="col">{t('group.crossAudits.situation')}</th>
              </tr>
            </thead>
            <tbody>
              {audits.data.map((audit) => (
                <CrossAuditRow key={audit.id} audit={audit} onNotice={onNotice} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('group.crossAudits.plan')}</h3>
      <PlanForm group={group} onSaved={onNotice} />
    </section>
  );
};

import { useTranslation } from 'react-i18next';
import { Checkbox, CheckboxGroup, Form, Label } from 'react-aria-components';
import { useController } from 'react-hook-form';
import type { Group } from '../../../../shared/schemas/group';
import { samplingRecordSchema, type GroupSampling } from '../../../../shared/schemas/group-audits';
import { useServerForm } from '../../api/useServerForm';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { QueryFallback } from '../../ui/list/QueryView';
import { useGroupSampling, useRecordSampling } from './auditsHooks';

type CycleAudit = GroupSampling['audits'][number];

/** The members an audit sampled, ticked among the group's members (and any it sampled who has left since). */
const SampleForm = ({ audit, group, onSaved }: { audit: CycleAudit; group: Group; onSaved: (message: string) => void }) => {
  const { t } = useTranslation();
  const record = useRecordSampling();
  const form = useServerForm(samplingRecordSchema, {
    defaultValues: { auditId: audit.auditId, memberIds: audit.members.map((member) => member.memberId) },
    onSubmit: async (values) => {
      await record.mutateAsync(values);
      onSaved(t('group.sampling.saved', { reference: audit.reference }));
    },
  });
  const chosen = useController({ control: form.control, name: 'memberIds' });
  const sampledIds = new Set(audit.members.map((member) => member.memberId));
  const offered = group.members.filter((member) => member.removedOn === null || sampledIds.has(member.id));
  return (
    <Form
      className="form form--inline"
      onSubmit={(event) => void form.submit(event)}
      validationBehavior="aria"
      aria-label={t('group.sampling.membersOf', { reference: audit.reference })}
    >
      <FormAlert message={form.formError} />
      <CheckboxGroup
        className="checkbox-group"
        value={((chosen.field.value as number[] | undefined) ?? []).map(String)}
        onChange={(values) => chosen.field.onChange(values.map(Number))}
      >
        <Label className="field__label">{t('group.sampling.membersOf', { reference: audit.reference })}</Label>
        {offered.map((member) => (
          <Checkbox key={member.id} value={String(member.id)} className="checkbox">
            <span className="checkbox__box" aria-hidden="true" />
            {member.name}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <FormActions submitLabel={t('group.sampling.record')} isSubmitting={form.formState.isSubmitting} />
    </Form>
  );
};

/** The group certification's cycle: each audit of the body and whom it samples, each member's place, and what is still due. */
export const SamplingSection = ({ group, onNotice }: { group: Group; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const sampling = useGroupSampling();
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  return (
    <section className="section" aria-labelledby="group-sampling-title" data-testid="group-sampling">
      <h2 id="group-sampling-title">{t('group.sampling.title')}</h2>
      <p className="form__help">{t('group.sampling.help')}</p>
      {!sampling.isSuccess ? (
        <QueryFallback query={sampling} />
      ) : sampling.data.certification === null ? (
        <p>{t('group.sampling.noCertification')}</p>
      ) : (
        <>
          <p>
            {t('group.sampling.cycle', { scheme: sampling.data.certification.scheme })}
            {sampling.data.certification.decisionDate && sampling.data.certification.expiryDate
              ? ` ${t('group.sampling.cycleDates', {
                  from: date(sampling.data.certification.decisionDate),
                  to: date(sampling.data.certification.expiryDate),
                })}`
              : ''}
          </p>
          {sampling.data.audits.length === 0 ? (
            <p>{t('group.sampling.noAudits')}</p>
          ) : (
            sampling.data.audits.map((audit) => (
              <article key={audit.auditId} data-testid={`sampling-${audit.reference}`}>
                <h3>
                  {audit.reference} — {t(`audits.type.${audit.type}`)}, {date(audit.startDate)} ({t(`audits.status.${audit.status}`)})
                </h3>
                <p>
                  {t('group.sampling.sampled')} :{' '}
                  {audit.members.length === 0 ? t('group.sampling.notSaid') : audit.members.map((member) => member.name).join(', ')}
                </p>
                <SampleForm audit={audit} group={group} onSaved={onNotice} />
              </article>
            ))
          )}
        </>
      )}
      {sampling.isSuccess && sampling.data.certification !== null && <SamplingMembers sampling={sampling.data} />}
    </section>
  );
};

/** Each member's place in the cycle and, when the remaining audits cannot sample them all, why. */
const SamplingMembers = ({ sampling }: { sampling: GroupSampling }) => {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('group.sampling.members')}</h3>
      <div className="table-scroller" role="region" aria-label={t('group.sampling.members')} tabIndex={0}>
        <table className="table" data-testid="sampling-members">
          <thead>
            <tr>
              <th scope="col">{t('group.sampling.member')}</th>
              <th scope="col">{t('group.sampling.situation')}</th>
              <th scope="col">{t('group.sampling.audits')}</th>
            </tr>
          </thead>
          <tbody>
            {sampling.members.map((member) => (
              <tr key={member.memberId}>
                <th scope="row">{member.name}</th>
                <td>{t(`group.sampling.state.${member.state}`)}</td>
                <td>
                  {[
                    member.sampledAt.length > 0 ? t('group.sampling.sampledAt', { references: member.sampledAt.join(', ') }) : '',
                    member.plannedAt.length > 0 ? t('group.sampling.plannedAt', { references: member.plannedAt.join(', ') }) : '',
                  ]
                    .filter(Boolean)
                    .join(' ; ') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t('group.sampling.summary', { toSample: String(sampling.toSample), remaining: String(sampling.remainingAudits) })}</p>
      {sampling.shortfall && (
        <p className="form-alert" role="note" data-testid="sampling-shortfall">
          {sampling.shortfall}
        </p>
      )}
    </>
  );
};

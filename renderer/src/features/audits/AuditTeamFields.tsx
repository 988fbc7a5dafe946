import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AuditFields } from '../../../../shared/schemas/audits';
import { Button } from '../../ui/Button';
import { usePeople } from '../people/hooks';
import { useProcesses } from '../processes/hooks';
import { useRequirementOptions } from '../common/lookups';
import { AuditorField } from './AuditorField';
import { PickListField } from '../../ui/PickListField';

const blankAuditor = { personId: null, externalName: null };

/** Who audits (a lead and a team, people or external names) and who is audited. */
export const AuditTeamFields = () => {
  const { t } = useTranslation();
  const people = usePeople();
  const { control, formState } = useFormContext<AuditFields>();
  const errors = formState.errors;
  return (
    <fieldset className="form__group">
      <legend>{t('audits.team')}</legend>
      <Controller
        control={control}
        name="leadAuditor"
        render={({ field }) => (
          <AuditorField
            label={t('audits.field.leadAuditor')}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.leadAuditor?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="auditors"
        render={({ field }) => (
          <div className="auditors">
            <p className="field__label" id="auditors-label">
              {t('audits.field.auditors')}
            </p>
            {field.value.length === 0 && <p className="pick-list__none">{t('audits.auditor.none')}</p>}
            <ul className="auditors__list" aria-labelledby="auditors-label">
              {field.value.map((auditor, index) => (
                <li key={index} className="auditors__item">
                  <AuditorField
                    label={t('audits.auditor.label', { position: String(index + 1) })}
                    value={auditor}
                    showHelp={false}
                    onChange={(next) => field.onChange(field.value.map((current, at) => (at === index ? (next ?? blankAuditor) : current)))}
                    onBlur={field.onBlur}
                    error={errors.auditors?.[index]?.message}
                  />
                  <Button
                    variant="quiet"
                    aria-label={t('audits.auditor.removeLabel', { position: String(index + 1) })}
                    onPress={() => field.onChange(field.value.filter((_, at) => at !== index))}
                  >
                    {t('audits.auditor.remove')}
                  </Button>
                </li>
              ))}
            </ul>
            <Button onPress={() => field.onChange([...field.value, blankAuditor])}>{t('audits.auditor.add')}</Button>
            {errors.auditors?.message && <p className="field__error">{errors.auditors.message}</p>}
          </div>
        )}
      />
      <Controller
        control={control}
        name="auditeeIds"
        render={({ field }) => (
          <PickListField
            label={t('audits.field.auditeeIds')}
            options={(people.data ?? [])
              .filter((person) => person.active || field.value.includes(person.id))
              .map((person) => ({ id: person.id, label: person.name, detail: person.jobTitle ?? undefined }))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.auditeeIds?.message}
          />
        )}
      />
    </fieldset>
  );
};

/** What the audit covers: processes and requirements. */
export const AuditScopeFields = () => {
  const { t } = useTranslation();
  const processes = useProcesses();
  const requirements = useRequirementOptions();
  const { control, formState } = useFormContext<AuditFields>();
  return (
    <fieldset className="form__group">
      <legend>{t('audits.scope')}</legend>
      <Controller
        control={control}
        name="processIds"
        render={({ field }) => (
          <PickListField
            label={t('audits.field.processIds')}
            options={(processes.data ?? []).map((process) => ({ id: process.id, label: process.name }))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={formState.errors.processIds?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="requirementIds"
        render={({ field }) => (
          <PickListField
            label={t('audits.field.requirementIds')}
            options={(requirements.data ?? []).map((option) => ({
              id: option.id,
              label: `${option.number} ${option.titleFr}`,
              detail: option.referentialName,
            }))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={formState.errors.requirementIds?.message}
          />
        )}
      />
    </fieldset>
  );
};

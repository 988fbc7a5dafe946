import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { aYearAfter } from '../../../../shared/domain/register-life';
import { riskKinds, riskOrigins, type RiskOrigin, type RiskScale } from '../../../../shared/domain/risks';
import { riskCreateSchema, type Risk, type RiskCreate } from '../../../../shared/schemas/risks';
import { todayOnThisComputer } from '../../app/today';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormIdSelectField, FormSelectField, FormTextAreaField, FormTextField } from '../../ui/FormFields';
import { PickListField } from '../../ui/PickListField';
import { FormPersonField } from '../people/FormPersonField';
import { FormProcessField } from '../processes/FormProcessField';
import { LevelField } from './LevelField';
import { useFindingOptions } from '../common/lookups';
import { useAuditPicks, useNonconformityPicks } from '../common/pickSources';
import { FormPickOneField } from '../../ui/FormPickField';
import { useIssueList, usePartyList } from '../common/contextLookups';

type RiskFormProps = {
  defaultValues: RiskCreate;
  scale: RiskScale;
  onSubmit: (input: z.output<typeof riskCreateSchema>) => Promise<unknown>;
  onCancel: () => void;
  submitLabel: string;
  /** The first evaluation is asked on creation only; later ones are re-evaluations. */
  withEvaluation: boolean;
  /** The audit of a finding the risk already comes from, to list its findings. */
  auditId?: number | null;
};

/** The records an origin names among the file's issues and parties, a few dozen (nonconformities are searched, findings go by their audit). */
const useOriginRecords = (origin: RiskOrigin): { id: number; label: string }[] => {
  const issues = useIssueList({});
  const parties = usePartyList({});
  if (origin === 'enjeu') return (issues.data ?? []).map((issue) => ({ id: issue.id, label: issue.title }));
  if (origin === 'partie') return (parties.data ?? []).map((party) => ({ id: party.id, label: party.name }));
  return [];
};

/** A risk or an opportunity: what, where it was seen, who follows it, when, and (new) its first evaluation. */
export const RiskForm = ({ defaultValues, scale, onSubmit, onCancel, submitLabel, withEvaluation, auditId = null }: RiskFormProps) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit, setValue } = useServerForm(riskCreateSchema, { defaultValues, onSubmit });
  const origin = useWatch({ control, name: 'fields.origin' });
  const records = useOriginRecords(origin);
  const [findingAudit, setFindingAudit] = useState<number | null>(auditId);
  const audits = useAuditPicks();
  const findings = useFindingOptions(findingAudit);
  const nonconformities = useNonconformityPicks();
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <div className="form__row">
        <FormSelectField
          control={control}
          name="fields.kind"
          label={t('risks.field.kind')}
          options={riskKinds.map((id) => ({ id, label: t(`risks.kind.${id}`) }))}
          isRequired
        />
        <FormPersonField control={control} name="fields.ownerId" label={t('risks.field.ownerId')} isRequired />
      </div>
      <FormTextField control={control} name="fields.title" label={t('risks.field.title')} isRequired maxLength={200} />
      <FormTextAreaField control={control} name="fields.description" label={t('risks.field.description')} maxLength={4000} />
      <div className="form__row">
        <FormSelectField
          control={control}
          name="fields.origin"
          label={t('risks.field.origin')}
          options={riskOrigins.map((id) => ({ id, label: t(`risks.origin.${id}`) }))}
          isRequired
        />
        {(origin === 'enjeu' || origin === 'partie') && (
          <FormIdSelectField control={control} name="fields.originId" label={t('risks.field.originId')} records={records} isRequired />
        )}
        {origin === 'nonconformite' && (
          <FormPickOneField
            control={control}
            name="fields.originId"
            label={t('risks.field.originId')}
            source={nonconformities}
            isRequired
          />
        )}
        {origin === 'autre' && (
          <FormTextField control={control} name="fields.originNote" label={t('risks.field.originNote')} isRequired maxLength={200} />
        )}
      </div>
      {origin === 'constat' && (
        <div className="form__row">
          <PickListField
            label={t('actions.field.auditId')}
            source={audits}
            single
            value={findingAudit === null ? [] : [findingAudit]}
            onChange={(ids) => {
              setFindingAudit(ids[0] ?? null);
              setValue('fields.originId', null);
            }}
            isRequired
          />
          <FormIdSelectField
            control={control}
            name="fields.originId"
            label={t('actions.field.findingId')}
            records={(findings.data ?? []).map((finding) => ({
              id: finding.id,
              label: `${finding.grade.label} — ${finding.description.slice(0, 80)}`,
            }))}
            isRequired
          />
        </div>
      )}
      <FormProcessField control={control} name="fields.processId" label={t('risks.field.processId')} isRequired={origin === 'processus'} />
      {withEvaluation && (
        <div className="form__row">
          <LevelField control={control} name="evaluation.likelihood" label={t('risks.field.likelihood')} words={scale.likelihood} />
          <LevelField control={control} name="evaluation.impact" label={t('risks.field.impact')} words={scale.impact} />
        </div>
      )}
      <div className="form__row">
        <FormDateField control={control} name="fields.identifiedOn" label={t('risks.field.identifiedOn')} isRequired />
        <FormDateField control={control} name="fields.reviewDue" label={t('risks.field.reviewDue')} isRequired />
      </div>
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/** A new risk, identified today, from `origin` when the user came from a record. */
export const emptyRiskInput = (
  origin: { origin: RiskOrigin; originId: number | null } = { origin: 'processus', originId: null },
): RiskCreate => {
  const today = todayOnThisComputer();
  return {
    fields: {
      kind: 'risque',
      title: '',
      description: '',
      origin: origin.origin,
      originId: origin.originId,
      originNote: '',
      processId: null,
      ownerId: null,
      identifiedOn: today,
      reviewDue: aYearAfter(today),
    },
    evaluation: { likelihood: null, impact: null },
  };
};

/** A risk's fields as its edit form starts from them; its evaluation stands aside (re-evaluations have their own form). */
export const riskInputOf = (risk: Risk): RiskCreate => ({
  fields: {
    kind: risk.kind,
    title: risk.title,
    description: risk.description ?? '',
    origin: risk.origin,
    originId: risk.originId,
    originNote: risk.originNote ?? '',
    processId: risk.processId,
    ownerId: risk.ownerId,
    identifiedOn: risk.identifiedOn,
    reviewDue: risk.reviewDue,
  },
  evaluation: { likelihood: risk.evaluations[0]?.likelihood ?? 1, impact: risk.evaluations[0]?.impact ?? 1 },
});

import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { z } from 'zod';
import { treatmentsFor, treatmentNeedsAction, type RiskScale } from '../../../../shared/domain/risks';
import { riskReevaluationFieldsSchema, riskScaleSchema, riskTreatmentFieldsSchema, type Risk } from '../../../../shared/schemas/risks';
import { todayOnThisComputer } from '../../app/today';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormNumberField, FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { ActionForm, emptyActionFields } from '../common/ActionForm';
import { LevelField } from './LevelField';
import { RiskForm, riskInputOf } from './RiskForm';
import { OptionalActionFields } from '../common/OptionalActionFields';
import { emptyDraftAction, withOptionalAction } from '../common/optionalAction';
import { useContextMutation } from '../common/contextMutation';

const treatFormSchema = withOptionalAction(riskTreatmentFieldsSchema);

/** The treatment decided on a day, with the first action of the plan when the risk has none yet. */
export const TreatForm = ({ risk, onDone, onCancel }: { risk: Risk; onDone: () => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const treat = useContextMutation('risks.treat');
  const hasLiveAction = risk.actions.some((action) => action.status !== 'abandonnee');
  const { control, formState, formError, submit, watch } = useServerForm(treatFormSchema, {
    defaultValues: {
      fields: {
        treatment: risk.treatment ?? treatmentsFor[risk.kind][1] ?? 'accepter',
        treatmentNote: risk.treatmentNote ?? '',
        decidedOn: risk.decidedOn ?? todayOnThisComputer(),
        reevaluationDue: risk.reevaluationDue,
      },
      withAction: !hasLiveAction,
      action: emptyDraftAction(risk.kind === 'risque' ? 'preventive' : 'amelioration'),
    },
    onSubmit: async ({ fields, action }) => {
      await treat.mutateAsync({ id: risk.id, revision: risk.revision, fields, action });
      onDone();
    },
  });
  const treatment = watch('fields.treatment');
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormSelectField
        control={control}
        name="fields.treatment"
        label={t('risks.field.treatment')}
        options={treatmentsFor[risk.kind].map((id) => ({ id, label: t(`risks.treatment.${id}`) }))}
        isRequired
      />
      <FormTextAreaField control={control} name="fields.treatmentNote" label={t('risks.field.treatmentNote')} maxLength={2000} />
      <div className="form__row">
        <FormDateField control={control} name="fields.decidedOn" label={t('risks.field.decidedOn')} isRequired />
        <FormDateField control={control} name="fields.reevaluationDue" label={t('risks.field.reevaluationDue')} />
      </div>
      {(treatmentNeedsAction(treatment) || !hasLiveAction) && (
        <OptionalActionFields control={control} label={t('risks.addActionNow')} help={t('risks.addActionHelp')} />
      )}
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/** A new evaluation on the scale, dated, with the next one if any. */
export const ReevaluateForm = ({
  risk,
  scale,
  onDone,
  onCancel,
}: {
  risk: Risk;
  scale: RiskScale;
  onDone: () => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const reevaluate = useContextMutation('risks.reevaluate');
  const last = risk.evaluations.at(-1);
  const { control, formState, formError, submit } = useServerForm(riskReevaluationFieldsSchema, {
    defaultValues: {
      evaluatedOn: todayOnThisComputer(),
      likelihood: last?.likelihood ?? null,
      impact: last?.impact ?? null,
      comment: '',
      nextReevaluationDue: null,
    },
    onSubmit: async (fields) => {
      await reevaluate.mutateAsync({ id: risk.id, revision: risk.revision, fields });
      onDone();
    },
    serverPrefix: 'fields.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <p className="form__help">{t('risks.reevaluateHelp')}</p>
      <div className="form__row">
        <LevelField control={control} name="likelihood" label={t('risks.field.likelihood')} words={scale.likelihood} />
        <LevelField control={control} name="impact" label={t('risks.field.impact')} words={scale.impact} />
      </div>
      <FormTextAreaField control={control} name="comment" label={t('risks.field.comment')} maxLength={2000} />
      <div className="form__row">
        <FormDateField control={control} name="evaluatedOn" label={t('risks.field.evaluatedOn')} isRequired />
        <FormDateField control={control} name="nextReevaluationDue" label={t('risks.field.nextReevaluationDue')} />
      </div>
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

// The scale's words are typed one per line; the form turns them into the list the schema checks.
const scaleFormSchema = z
  .object({ likelihood: z.string(), impact: z.string(), mediumFrom: z.number().nullable(), highFrom: z.number().nullable() })
  .transform((form) => ({
    likelihood: form.likelihood
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    impact: form.impact
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    mediumFrom: form.mediumFrom,
    highFrom: form.highFrom,
  }))
  .pipe(riskScaleSchema);

/** The structure's evaluation scale: the words of each level and the thresholds of the levels. */
export const ScaleForm = ({ scale, onDone, onCancel }: { scale: RiskScale; onDone: () => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const save = useContextMutation('risks.setScale');
  const { control, formState, formError, submit } = useServerForm(scaleFormSchema, {
    defaultValues: {
      likelihood: scale.likelihood.join('\n'),
      impact: scale.impact.join('\n'),
      mediumFrom: scale.mediumFrom,
      highFrom: scale.highFrom,
    },
    onSubmit: async (fields) => {
      await save.mutateAsync(fields);
      onDone();
    },
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <p className="form__help">{t('risks.scale.help')}</p>
      <div className="form__row">
        <FormTextAreaField control={control} name="likelihood" label={t('risks.scale.likelihood')} isRequired />
        <FormTextAreaField control={control} name="impact" label={t('risks.scale.impact')} isRequired />
      </div>
      <div className="form__row">
        <FormNumberField control={control} name="mediumFrom" label={t('risks.scale.mediumFrom')} isRequired />
        <FormNumberField control={control} name="highFrom" label={t('risks.scale.highFrom')} isRequired />
      </div>
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

const auditOf = (risk: Risk): number | null => (risk.origin === 'constat' ? Number(risk.originRoute?.split('/').at(-1)) || null : null);

/** The risk's own fields, edited; its evaluations have their own form. */
export const RiskEditForm = ({
  risk,
  scale,
  onDone,
  onCancel,
}: {
  risk: Risk;
  scale: RiskScale;
  onDone: () => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const update = useContextMutation('risks.update');
  return (
    <RiskForm
      defaultValues={riskInputOf(risk)}
      scale={scale}
      withEvaluation={false}
      auditId={auditOf(risk)}
      submitLabel={t('common.save')}
      onSubmit={async ({ fields }) => {
        await update.mutateAsync({ id: risk.id, revision: risk.revision, fields });
        onDone();
      }}
      onCancel={onCancel}
    />
  );
};

/** A further action of the plan treating the risk (preventive for a risk, improvement for an opportunity by default). */
export const RiskActionForm = ({ risk, onDone, onCancel }: { risk: Risk; onDone: (reference: string) => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const addAction = useContextMutation('actions.create');
  return (
    <ActionForm
      defaultValues={emptyActionFields(null, risk.kind === 'risque' ? 'preventive' : 'amelioration')}
      serverPrefix="fields."
      submitLabel={t('common.create')}
      onSubmit={async (fields) => {
        const created = await addAction.mutateAsync({ origin: { source: 'risque', riskId: risk.id }, fields });
        onDone(created.reference);
      }}
      onCancel={onCancel}
    />
  );
};

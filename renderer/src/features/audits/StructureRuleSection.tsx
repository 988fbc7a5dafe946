import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { ncSeverities } from '../../../../shared/domain/audits';
import type { StructureRule } from '../../../../shared/domain/certification-rules';
import { describeRules } from '../../../../shared/domain/certification-words';
import { structureRuleSchema } from '../../../../shared/schemas/certification-rules';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormNumberField } from '../../ui/FormFields';
import { Notice, useNotice } from '../../ui/Notice';
import { ErrorState, Loading } from '../../ui/States';
import { useSetStructureRule, useStructureRule } from './hooks';

/** The months of each grade's deadlines, counted from the internal audit's last day. */
const RuleForm = ({ rule, onSaved }: { rule: StructureRule; onSaved: () => void }) => {
  const { t } = useTranslation();
  const save = useSetStructureRule();
  const form = useServerForm(structureRuleSchema, {
    defaultValues: rule,
    onSubmit: async (values) => {
      await save.mutateAsync(values);
      onSaved();
    },
  });
  const { control } = form;
  return (
    <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
      <FormAlert message={form.formError} />
      {ncSeverities.map((severity) => {
        const named = { severity: t(`certifications.rules.severity.${severity}`) };
        return (
          <div className="form__row" key={severity}>
            <FormNumberField
              control={control}
              name={`${severity}.answerMonths`}
              label={t('certifications.rules.answerMonths', named)}
              minValue={1}
              maxValue={24}
            />
            <FormNumberField
              control={control}
              name={`${severity}.followUpMonths`}
              label={t('certifications.rules.followUpMonths', named)}
              description={t('audits.structureRule.followUpHelp')}
              minValue={1}
              maxValue={36}
            />
          </div>
        );
      })}
      <FormActions submitLabel={t('audits.structureRule.save')} isSubmitting={form.formState.isSubmitting} />
    </Form>
  );
};

/**
 * The structure's own rule for the findings of its internal audits (the body's audits follow their
 * scheme). Set once for the file; each internal finding's deadlines are proposed from it.
 */
export const StructureRuleSection = () => {
  const { t } = useTranslation();
  const rule = useStructureRule();
  const [notice, showNotice] = useNotice();
  return (
    <section className="section" aria-labelledby="structure-rule">
      <h2 id="structure-rule">{t('audits.structureRule.title')}</h2>
      <Notice message={notice} />
      {rule.isPending ? (
        <Loading />
      ) : rule.isError ? (
        <ErrorState error={rule.error} onRetry={() => void rule.refetch()} />
      ) : (
        <>
          <p className="form__help">{describeRules(rule.data, null)}</p>
          <p className="form__help">{t('audits.structureRule.help')}</p>
          <RuleForm key={JSON.stringify(rule.data)} rule={rule.data} onSaved={() => showNotice(t('audits.structureRule.saved'))} />
        </>
      )}
    </section>
  );
};

import { Controller, type Control, type UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ncSeverities } from '../../../../shared/domain/audits';
import {
  deadlineBases,
  defaultSchemeRules,
  ruleFamilies,
  type RuleFamily,
  type SchemeRules,
} from '../../../../shared/domain/certification-rules';
import { describeRules } from '../../../../shared/domain/certification-words';
import type { CertificationFields } from '../../../../shared/schemas/audits';
import { FormNumberField, FormSelectField } from '../../ui/FormFields';
import { SelectField } from '../../ui/SelectField';

type RulesFieldsProps = {
  control: Control<CertificationFields>;
  setValue: UseFormSetValue<CertificationFields>;
  rules: SchemeRules;
};

/**
 * The scheme's rules, editable on the certification: which family (changing it starts again from
 * that family's defaults), the renewal margin, and each grade's deadlines with what they count
 * from. The rule is said again in words under the fields.
 */
export const RulesFields = ({ control, setValue, rules }: RulesFieldsProps) => {
  const { t } = useTranslation();
  const bases = deadlineBases.map((base) => ({ id: base, label: t(`certifications.rules.bases.${base}`) }));
  return (
    <fieldset className="form__group">
      <legend>{t('certifications.rules.title')}</legend>
      <p className="form__help">{t('certifications.rules.help')}</p>
      <div className="form__row">
        <Controller
          control={control}
          name="rules.family"
          render={({ field, fieldState }) => (
            <SelectField
              label={t('certifications.rules.family')}
              isRequired
              options={ruleFamilies.map((family) => ({ id: family, label: t(`certifications.rules.families.${family}`) }))}
              value={field.value ?? null}
              onChange={(family) => {
                if (family === null || family === field.value) return;
                setValue('rules', { ...defaultSchemeRules(family as RuleFamily), renewalMarginMonths: rules.renewalMarginMonths });
              }}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
        <FormNumberField
          control={control}
          name="rules.renewalMarginMonths"
          label={t('certifications.rules.renewalMargin')}
          description={t('certifications.rules.renewalMarginHelp')}
          minValue={1}
          maxValue={12}
          isRequired
        />
      </div>
      {ncSeverities.map((severity) => {
        const named = { severity: t(`certifications.rules.severity.${severity}`) };
        return (
          <div className="form__row form__row--three" key={severity}>
            <FormNumberField
              control={control}
              name={`rules.${severity}.answerMonths`}
              label={t('certifications.rules.answerMonths', named)}
              description={t('certifications.rules.answerMonthsHelp')}
              minValue={1}
              maxValue={24}
            />
            <FormNumberField
              control={control}
              name={`rules.${severity}.followUpMonths`}
              label={t('certifications.rules.followUpMonths', named)}
              description={t('certifications.rules.followUpMonthsHelp')}
              minValue={1}
              maxValue={36}
            />
            <FormSelectField
              control={control}
              name={`rules.${severity}.from`}
              label={t('certifications.rules.from', named)}
              options={bases}
            />
          </div>
        );
      })}
      <p className="form__help" aria-live="polite">
        {describeRules(rules, rules.family)}
      </p>
    </fieldset>
  );
};

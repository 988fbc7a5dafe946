import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../../shared/schemas/risks';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { PlanActions } from '../common/PlanActions';

/** The treatment decided, where it stands, and its actions in the plan; the buttons only while the risk is in the register. */
export const RiskTreatment = ({
  risk: record,
  onTreat,
  onAddAction,
}: {
  risk: Risk;
  onTreat: (() => void) | null;
  onAddAction: (() => void) | null;
}) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));
  return (
    <section className="section" aria-labelledby="risk-treatment">
      <h2 id="risk-treatment">{t('risks.field.treatment')}</h2>
      {record.treatment === null ? (
        <p>{t('risks.treatmentUndecided')}</p>
      ) : (
        <p>
          <strong>{t(`risks.treatment.${record.treatment}`)}</strong> — {t('risks.field.decidedOn')} {date(record.decidedOn)}
          {record.treatmentNote && ` : ${record.treatmentNote}`}
        </p>
      )}
      <p>
        <span className={`badge badge--state-${record.treatmentState}`}>{t(`risks.treatmentState.${record.treatmentState}`)}</span>
      </p>
      {onTreat && <Button onPress={onTreat}>{t(record.treatment === null ? 'risks.treat' : 'risks.treatAgain')}</Button>}
      <PlanActions
        actions={record.actions}
        title={t('risks.actionsTitle')}
        empty={t('risks.noActions')}
        onAdd={onAddAction}
        addLabel={t('risks.addAction')}
      />
    </section>
  );
};

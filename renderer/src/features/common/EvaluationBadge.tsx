import { useTranslation } from 'react-i18next';
import type { RiskEvaluation } from '../../../../shared/schemas/risks';
import './context.css';

/** "12 — Élevé", coloured by level, with likelihood and impact spelled out for whoever reads it. */
export const EvaluationBadge = ({ evaluation }: { evaluation: RiskEvaluation }) => {
  const { t } = useTranslation();
  return (
    <span
      className={`badge badge--level-${evaluation.level}`}
      title={`${t('risks.field.likelihood')} ${evaluation.likelihood} × ${t('risks.field.impact')} ${evaluation.impact}`}
    >
      {t('risks.score', { score: String(evaluation.score), level: t(`risks.level.${evaluation.level}`) })}
    </span>
  );
};

import { useTranslation } from 'react-i18next';
import type { RiskKind } from '../../../../shared/domain/risks';
import type { RiskEvaluation } from '../../../../shared/schemas/risks';
import './context.css';

/** The palette of a level: red for a high risk, blue for a high opportunity (high is good news there). */
export const levelTone = (kind: RiskKind): string => (kind === 'opportunite' ? 'chance' : 'level');

/** "12 — Élevé", coloured by level, with likelihood and impact spelled out for whoever reads it. */
export const EvaluationBadge = ({ evaluation, kind }: { evaluation: RiskEvaluation; kind: RiskKind }) => {
  const { t } = useTranslation();
  return (
    <span
      className={`badge badge--${levelTone(kind)}-${evaluation.level}`}
      title={`${t('risks.field.likelihood')} ${evaluation.likelihood} × ${t('risks.field.impact')} ${evaluation.impact}`}
    >
      {t('risks.score', { score: String(evaluation.score), level: t(`risks.level.${evaluation.level}`) })}
    </span>
  );
};

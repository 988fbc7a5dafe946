import { isReviewLate } from '../../../shared/domain/register-life';
import { riskLevelOf, riskScore, treatmentState, type RiskScale } from '../../../shared/domain/risks';
import type { Action } from '../../../shared/schemas/actions';
import type { Risk, RiskEvaluation } from '../../../shared/schemas/risks';
import type { EvaluationRow, RiskRow } from './repository';

export const toEvaluation = (row: EvaluationRow, scale: RiskScale): RiskEvaluation => {
  const score = riskScore(row);
  return {
    id: row.id,
    evaluatedOn: row.evaluated_on,
    likelihood: row.likelihood,
    impact: row.impact,
    score,
    level: riskLevelOf(score, scale),
    comment: row.comment,
  };
};

/** The screen showing a risk's origin, when it has one of its own. */
const originRoute = (row: RiskRow): string | null => {
  switch (row.origin) {
    case 'enjeu':
      return `/contexte/enjeux/${row.issue_id ?? ''}`;
    case 'partie':
      return `/parties-interessees/${row.party_id ?? ''}`;
    case 'constat':
      return `/audits/${row.origin_audit_id ?? ''}`;
    case 'nonconformite':
      return `/non-conformites/${row.nonconformity_id ?? ''}`;
    default:
      return null;
  }
};

/** A stored risk with its evaluations and actions, as the screens read it on `today`. */
export const toRisk = (
  row: RiskRow,
  evaluations: readonly EvaluationRow[],
  actions: readonly Action[],
  scale: RiskScale,
  today: string,
): Risk => {
  const status = row.status;
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    title: row.title,
    description: row.description,
    origin: row.origin,
    originId: row.issue_id ?? row.party_id ?? row.finding_id ?? row.nonconformity_id,
    originLabel: row.origin_label,
    originRoute: originRoute(row),
    originNote: row.origin_note,
    processId: row.process_id,
    processName: row.process_name,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    identifiedOn: row.identified_on,
    evaluations: evaluations.map((evaluation) => toEvaluation(evaluation, scale)),
    treatment: row.treatment,
    treatmentNote: row.treatment_note,
    decidedOn: row.decided_on,
    reevaluationDue: row.reevaluation_due,
    actions: actions.map((action) => ({
      id: action.id,
      reference: action.reference,
      description: action.description,
      ownerName: action.ownerName,
      dueDate: action.dueDate,
      status: action.status,
      doneOn: action.doneOn,
      overdue: action.overdue,
    })),
    treatmentState: treatmentState(row.treatment, actions),
    lastReviewedOn: row.last_reviewed_on,
    reviewDue: row.review_due,
    status,
    retiredOn: row.retired_on,
    retireReason: row.retire_reason,
    reviewLate: isReviewLate({ status, reviewDue: row.review_due }, today),
    reevaluationLate: status === 'actif' && row.reevaluation_due !== null && row.reevaluation_due < today,
    revision: row.revision,
  };
};

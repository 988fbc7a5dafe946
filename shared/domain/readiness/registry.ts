import type { ReadinessRule } from './types';
import { actionsLate } from './rules/actionsLate';
import { auditorIndependence } from './rules/auditorIndependence';
import { auditProgrammeCoverage } from './rules/auditProgrammeCoverage';
import { auditProgrammeRequirements } from './rules/auditProgrammeRequirements';
import { backupOld } from './rules/backupOld';
import { bodyFindingActionsLate } from './rules/bodyFindingActionsLate';
import { bodyFindingNotVerified } from './rules/bodyFindingNotVerified';
import { bodyFindingUnanswered } from './rules/bodyFindingUnanswered';
import { clauseNotCovered } from './rules/clauseNotCovered';
import { complaintNotAnalysed } from './rules/complaintNotAnalysed';
import { complaintUnanswered } from './rules/complaintUnanswered';
import { documentedInformationMissing } from './rules/documentedInformationMissing';
import { documentReviewOverdue } from './rules/documentReviewOverdue';
import { documentWithoutVersion } from './rules/documentWithoutVersion';
import { habilitationExpired } from './rules/habilitationExpired';
import { indicatorBelowThreshold } from './rules/indicatorBelowThreshold';
import { indicatorLate } from './rules/indicatorLate';
import { nonconformityClosedWithoutProof } from './rules/nonconformityClosedWithoutProof';
import { nonconformityOverdue } from './rules/nonconformityOverdue';
import { objectiveNotMeasured } from './rules/objectiveNotMeasured';
import { obsoleteDocumentLinked } from './rules/obsoleteDocumentLinked';
import { providerNotEvaluated } from './rules/providerNotEvaluated';
import { readsMissing } from './rules/readsMissing';
import { noSatisfactionSurvey } from './rules/noSatisfactionSurvey';
import { reviewInputsMissing } from './rules/reviewInputsMissing';
import { regulatoryWatchQuiet } from './rules/regulatoryWatchQuiet';
import { reviewMissing } from './rules/reviewMissing';
import { riskReevaluationLate } from './rules/riskReevaluationLate';
import { riskUntreated } from './rules/riskUntreated';

/** Every check « Prêt pour l'audit ? » runs. Adding one: its file in `rules/`, one line here. */
export const readinessRules: readonly ReadinessRule[] = [
  clauseNotCovered,
  documentedInformationMissing,
  documentReviewOverdue,
  documentWithoutVersion,
  obsoleteDocumentLinked,
  readsMissing,
  backupOld,
  regulatoryWatchQuiet,
  riskUntreated,
  riskReevaluationLate,
  habilitationExpired,
  objectiveNotMeasured,
  providerNotEvaluated,
  indicatorLate,
  indicatorBelowThreshold,
  complaintUnanswered,
  complaintNotAnalysed,
  noSatisfactionSurvey,
  auditProgrammeCoverage,
  auditProgrammeRequirements,
  auditorIndependence,
  reviewMissing,
  reviewInputsMissing,
  bodyFindingUnanswered,
  bodyFindingActionsLate,
  bodyFindingNotVerified,
  nonconformityOverdue,
  nonconformityClosedWithoutProof,
  actionsLate,
];

import { describe, expect, it } from 'vitest';
import { actionSources, actionStatuses, actionTypes } from '../../../../shared/domain/actions';
import {
  auditStatuses,
  auditTypes,
  checklistResults,
  findingStatuses,
  gradeAnswers,
  ncSeverities,
  shippedGradeCodes,
} from '../../../../shared/domain/audits';
import { certificationStatuses, cycleSlots } from '../../../../shared/domain/certification';
import { deadlineBases, ruleFamilies } from '../../../../shared/domain/certification-rules';
import { complainantKinds, complaintChannels, complaintFoundedValues, complaintStates } from '../../../../shared/domain/complaints';
import { documentStatuses, documentTypes } from '../../../../shared/domain/documents';
import { indicatorStates } from '../../../../shared/domain/indicator-state';
import {
  chartKinds,
  indicatorDirections,
  indicatorFrequencies,
  indicatorThemes,
  indicatorUnits,
} from '../../../../shared/domain/indicators';
import { decisionKinds, freeTextInputs, reviewStatuses } from '../../../../shared/domain/management-review';
import {
  analysisMethods,
  effectivenessVerdicts,
  ishikawaBranches,
  nonconformitySeverities,
  nonconformitySources,
  nonconformityStatuses,
} from '../../../../shared/domain/nonconformities';
import { processKinds } from '../../../../shared/domain/processes';
import { referentialKinds, referentialSources } from '../../../../shared/domain/referentials';
import { suggestionDecisions, suggestionKinds, suggestionStatuses } from '../../../../shared/domain/suggestions';
import { obsoleteReasons, reviewOutcomes, versionStatuses } from '../../../../shared/domain/versions';
import {
  competenceKinds,
  qualificationStates,
  trainingResults,
  trainingStates,
  trainingStatuses,
} from '../../../../shared/domain/competences';
import { evaluationResults, providerKinds } from '../../../../shared/domain/providers';
import { questionKinds, responseOrigins, surveyPopulations, surveyStates } from '../../../../shared/domain/surveys';
import { crossAuditStates } from '../../../../shared/domain/cross-audits';
import { memberSamplingStates } from '../../../../shared/domain/group-sampling';
import * as competences from '../../../../shared/labels/competences';
import * as groupAudits from '../../../../shared/labels/group-audits';
import { unmatchedAnswerReasons } from '../../../../shared/domain/group-requests';
import * as group from '../../../../shared/labels/group';
import * as providers from '../../../../shared/labels/providers';
import * as surveys from '../../../../shared/labels/surveys';
import * as actions from '../../../../shared/labels/actions';
import * as audits from '../../../../shared/labels/audits';
import * as certifications from '../../../../shared/labels/certifications';
import * as complaints from '../../../../shared/labels/complaints';
import * as documents from '../../../../shared/labels/documents';
import * as indicators from '../../../../shared/labels/indicators';
import * as review from '../../../../shared/labels/management-review';
import * as nonconformities from '../../../../shared/labels/nonconformities';
import * as processes from '../../../../shared/labels/processes';
import * as referentials from '../../../../shared/labels/referentials';
import * as suggestions from '../../../../shared/labels/suggestions';
import type { Labels } from '../../../../shared/labels/types';
import { objectiveStatuses } from '../../../../shared/schemas/objectives';
import { en } from '../../../../renderer/src/i18n/en';
import { fr } from '../../../../renderer/src/i18n/fr';

/** Each enumeration the screens or the PDFs name, with its table of words. */
const tables: [string, readonly string[], Labels<string>][] = [
  ['actionTypes', actionTypes, actions.actionTypeLabels],
  ['actionStatuses', actionStatuses, actions.actionStatusLabels],
  ['actionSources', actionSources, actions.actionSourceLabels],
  ['auditTypes', auditTypes, audits.auditTypeLabels],
  ['auditTypes (phrases)', auditTypes, audits.auditTypeFullLabels],
  ['auditStatuses', auditStatuses, audits.auditStatusLabels],
  ['checklistResults', checklistResults, audits.checklistResultLabels],
  ['findingStatuses', findingStatuses, audits.findingStatusLabels],
  ['shippedGradeCodes', shippedGradeCodes, audits.shippedGradeLabels],
  ['gradeAnswers', gradeAnswers, audits.gradeAnswerLabels],
  ['certificationStatuses', certificationStatuses, certifications.certificationStatusLabels],
  ['cycleSlots', cycleSlots, certifications.cycleSlotLabels],
  ['ruleFamilies', ruleFamilies, certifications.ruleFamilyLabels],
  ['deadlineBases', deadlineBases, certifications.deadlineBaseLabels],
  ['ncSeverities', ncSeverities, certifications.ncSeverityLabels],
  ['complainantKinds', complainantKinds, complaints.complainantKindLabels],
  ['complaintChannels', complaintChannels, complaints.complaintChannelLabels],
  ['complaintStates', complaintStates, complaints.complaintStateLabels],
  ['complaintFoundedValues', complaintFoundedValues, complaints.complaintFoundedLabels],
  ['documentTypes', documentTypes, documents.documentTypeLabels],
  ['documentStatuses', documentStatuses, documents.documentStatusLabels],
  ['versionStatuses', versionStatuses, documents.versionStatusLabels],
  ['obsoleteReasons', obsoleteReasons, documents.obsoleteReasonLabels],
  ['reviewOutcomes', reviewOutcomes, documents.reviewOutcomeLabels],
  ['indicatorStates', indicatorStates, indicators.indicatorStateLabels],
  ['indicatorUnits', indicatorUnits, indicators.indicatorUnitLabels],
  ['indicatorDirections', indicatorDirections, indicators.indicatorDirectionLabels],
  ['indicatorFrequencies', indicatorFrequencies, indicators.indicatorFrequencyLabels],
  ['indicatorThemes', indicatorThemes, indicators.indicatorThemeLabels],
  ['chartKinds', chartKinds, indicators.chartKindLabels],
  ['objectiveStatuses', objectiveStatuses, indicators.objectiveStatusLabels],
  ['reviewStatuses', reviewStatuses, review.reviewStatusLabels],
  ['decisionKinds', decisionKinds, review.decisionKindLabels],
  ['freeTextInputs', [...freeTextInputs, 'conclusion'], review.reviewTextLabels],
  ['nonconformitySources', nonconformitySources, nonconformities.nonconformitySourceLabels],
  ['nonconformitySeverities', nonconformitySeverities, nonconformities.nonconformitySeverityLabels],
  ['nonconformityStatuses', nonconformityStatuses, nonconformities.nonconformityStatusLabels],
  ['analysisMethods', analysisMethods, nonconformities.analysisMethodLabels],
  ['ishikawaBranches', ishikawaBranches, nonconformities.ishikawaBranchLabels],
  ['effectivenessVerdicts', effectivenessVerdicts, nonconformities.effectivenessVerdictLabels],
  ['processKinds', processKinds, processes.processKindLabels],
  ['referentialKinds', referentialKinds, referentials.referentialKindLabels],
  ['referentialSources', referentialSources, referentials.referentialSourceLabels],
  ['suggestionKinds', suggestionKinds, suggestions.suggestionKindLabels],
  ['suggestionStatuses', suggestionStatuses, suggestions.suggestionStatusLabels],
  ['suggestionDecisions', suggestionDecisions, suggestions.suggestionDecisionLabels],
  ['competenceKinds', competenceKinds, competences.competenceKindLabels],
  ['trainingStatuses', trainingStatuses, competences.trainingStatusLabels],
  ['trainingResults', trainingResults, competences.trainingResultLabels],
  ['trainingStates', trainingStates, competences.trainingStateLabels],
  ['qualificationStates', qualificationStates, competences.qualificationStateLabels],
  ['providerKinds', providerKinds, providers.providerKindLabels],
  ['evaluationResults', evaluationResults, providers.evaluationResultLabels],
  ['scoreSteps', ['1', '2', '3', '4'], providers.scoreLabels],
  ['surveyPopulations', surveyPopulations, surveys.surveyPopulationLabels],
  ['questionKinds', questionKinds, surveys.questionKindLabels],
  ['responseOrigins', responseOrigins, surveys.responseOriginLabels],
  ['surveyStates', surveyStates, surveys.surveyStateLabels],
  ['memberSamplingStates', memberSamplingStates, groupAudits.memberSamplingStateLabels],
  ['crossAuditStates', crossAuditStates, groupAudits.crossAuditStateLabels],
  ['unmatchedAnswerReasons', unmatchedAnswerReasons, group.unmatchedAnswerReasonLabels],
];

describe('one source per label', () => {
  it.each(tables)('every value of %s has its word in French and in English, and nothing else', (_name, values, labels) => {
    for (const language of ['fr', 'en'] as const) {
      expect(Object.keys(labels[language]).sort()).toEqual([...values].sort());
      for (const value of values) expect(labels[language][value]?.trim(), `${language} ${value}`).toBeTruthy();
    }
  });

  it('lists every table shared/labels exports', () => {
    const exported = [
      actions,
      audits,
      certifications,
      complaints,
      documents,
      indicators,
      review,
      nonconformities,
      processes,
      referentials,
      suggestions,
      competences,
      providers,
      surveys,
      groupAudits,
      group,
    ]
      .flatMap((module) => Object.values(module))
      .filter((value) => typeof value === 'object');
    expect(exported.length).toBe(tables.length);
    for (const table of exported) expect(tables.some(([, , labels]) => labels === table)).toBe(true);
  });

  it('the interface shows the same words as the PDFs: its messages are the shared tables themselves', () => {
    expect(fr.actions.status).toBe(actions.actionStatusLabels.fr);
    expect(en.actions.status).toBe(actions.actionStatusLabels.en);
    expect(fr.groupRequests.extension.reason).toBe(group.unmatchedAnswerReasonLabels.fr);
    expect(en.groupRequests.extension.reason).toBe(group.unmatchedAnswerReasonLabels.en);
    expect(fr.nonconformities.severity).toBe(nonconformities.nonconformitySeverityLabels.fr);
    expect(fr.managementReview.labels.ncStatus).toBe(nonconformities.nonconformityStatusLabels.fr);
    expect(fr.audits.type).toBe(audits.auditTypeLabels.fr);
    expect(fr.indicators.state).toBe(indicators.indicatorStateLabels.fr);
    expect(en.documents.type).toBe(documents.documentTypeLabels.en);
    expect(fr.trainings.state).toBe(competences.trainingStateLabels.fr);
    expect(en.competences.qualification).toBe(competences.qualificationStateLabels.en);
    expect(fr.providers.result).toBe(providers.evaluationResultLabels.fr);
    expect(fr.surveys.population).toBe(surveys.surveyPopulationLabels.fr);
    expect(fr.group.sampling.state).toBe(groupAudits.memberSamplingStateLabels.fr);
    expect(en.group.crossAudits.state).toBe(groupAudits.crossAuditStateLabels.en);
  });
});

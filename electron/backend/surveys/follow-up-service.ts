import type { z } from 'zod';
import { outOfOrder } from '../../../shared/domain/dates';
import type { Action } from '../../../shared/schemas/actions';
import type { SurveyDetail, surveyActionSchema, surveyAnalysisSchema } from '../../../shared/schemas/surveys';
import type { ActionsService } from '../actions/service';
import { ServiceError, invalidField } from '../errors';
import { diffFields } from '../history/changes';
import type { LoopContext } from '../nonconformities/context';
import type { SurveyReading } from './detail';
import type { createSurveysRepository } from './repository';

/** What follows a campaign's results: their analysis, and the actions they call for. */
export const createSurveyFollowUp = (
  lc: LoopContext,
  repo: ReturnType<typeof createSurveysRepository>,
  { mustGetRow, detail }: SurveyReading,
  actions: ActionsService,
) => ({
  analyse: (input: z.output<typeof surveyAnalysisSchema>): SurveyDetail =>
    lc.db
      .transaction(() => {
        const current = detail(input.id);
        if (current.revision !== input.revision) {
          throw new ServiceError('conflict', `La campagne « ${current.title} » a été modifiée entre-temps. Rechargez la page.`);
        }
        if (input.analysedOn > lc.today()) throw invalidField('analysedOn', 'La date de l’analyse ne peut pas être dans le futur.');
        if (input.analysedOn < current.opensOn) {
          throw invalidField('analysedOn', outOfOrder('L’analyse', input.analysedOn, 'l’ouverture de la campagne', current.opensOn));
        }
        const at = lc.now().toISOString();
        repo.analyse(current.id, input.analysedOn, input.analysis, at);
        lc.record(
          'survey',
          current.id,
          'analysis',
          diffFields(
            { analysedOn: current.analysedOn, analysis: current.analysis },
            { analysedOn: input.analysedOn, analysis: input.analysis },
          ),
          at,
        );
        return detail(current.id);
      })
      .immediate(),

  /** An action the campaign's results call for (source "enquête de satisfaction"). */
  addAction: (input: z.output<typeof surveyActionSchema>): Action =>
    lc.db
      .transaction(() => {
        const row = mustGetRow(input.surveyId);
        const at = lc.now().toISOString();
        const links = { source: 'enquete' as const, nonconformityId: null, findingId: null, suggestionId: null, originNote: null };
        const action = actions.createLinked(
          { ...links, surveyId: row.id },
          input.fields,
          at,
          { what: 'l’ouverture de la campagne', date: row.opens_on },
          { survey: row.title },
        );
        lc.record('survey', row.id, 'action_add', [{ field: 'action', before: null, after: action.reference }], at);
        return action;
      })
      .immediate(),
});

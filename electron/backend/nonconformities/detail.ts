import { isActionOverdueOn } from '../../../shared/domain/actions';
import type { Action } from '../../../shared/schemas/actions';
import type { Nonconformity } from '../../../shared/schemas/nonconformities';
import type { StoredAction } from '../actions/repository';
import { notFound, raise } from '../errors';
import type { LoopRepositories } from './repositories';
import { toSummary, type NonconformityRow } from './repository';

/** A nonconformity as read: the whole fiche with its actions, each judged late or not on `today`. */
export const createNonconformityDetail = (repos: LoopRepositories, today: () => string) => {
  const withOverdue = (action: StoredAction): Action => ({ ...action, overdue: isActionOverdueOn(action, today()) });

  const mustGetRow = (id: number): NonconformityRow => repos.nonconformities.get(id) ?? raise(notFound('Cette non-conformité'));

  /** The whole fiche de non-conformité as the screens and the closure gate read it. */
  const detail = (id: number): Nonconformity => {
    const row = mustGetRow(id);
    return {
      ...toSummary(row),
      detectedById: row.detected_by,
      detectedByName: row.detected_by_name,
      processId: row.process_id,
      requirements: repos.nonconformities.requirements(id),
      findingDetail:
        row.finding_id === null
          ? null
          : {
              description: row.finding_description ?? '',
              gradeLabel: row.finding_grade ?? '',
              status: row.finding_status ?? 'a_traiter',
              auditType: row.audit_type ?? '',
            },
      suggestion: row.suggestion_id === null ? null : { id: row.suggestion_id, reference: row.suggestion_reference ?? '' },
      correction:
        row.correction_what === null
          ? null
          : { what: row.correction_what, byId: row.correction_by, byName: row.correction_by_name, on: row.correction_on },
      analysis:
        row.analysis_method === null
          ? null
          : {
              method: row.analysis_method,
              text: row.analysis_text,
              analysedById: row.analysed_by,
              analysedByName: row.analysed_by_name,
              analysedOn: row.analysed_on,
              causes: repos.loop.causes(id),
            },
      actions: repos.actions.forNonconformity(id).map(withOverdue),
      checks: repos.loop.checks(id),
      revision: row.revision,
    };
  };

  return { withOverdue, detail };
};

import type { Provider, ProviderDetail } from '../../../shared/schemas/providers';
import { notFound, raise } from '../errors';
import type { LoopContext } from '../nonconformities/context';
import { createProvidersRepository, type StoredProvider } from './repository';

/** What the register, its criteria and its evaluations share: the loop's context, the repository, a provider as read. */
export const createProvidersContext = (lc: LoopContext) => {
  const repo = createProvidersRepository(lc.db);
  const { repos } = lc;

  const withLateness = (p: StoredProvider): Provider => ({ ...p, evaluationLate: p.active && p.nextEvaluationDue < lc.today() });

  const detail = (id: number): ProviderDetail => {
    const provider = withLateness(repo.get(id) ?? raise(notFound('Ce prestataire')));
    return {
      ...provider,
      evaluations: repo.evaluations(id).map((e) => ({
        id: e.id,
        evaluatedOn: e.evaluated_on,
        evaluatedById: e.evaluated_by,
        evaluatedByName: e.evaluated_by_name,
        score: e.score,
        result: e.result,
        comment: e.comment,
        scores: repo.scores(e.id).map((s) => ({ criterionId: s.criterion_id, label: s.label, score: s.score })),
        nonconformity:
          e.nonconformity_id === null
            ? null
            : { id: e.nonconformity_id, reference: e.nc_reference ?? '', status: e.nc_status ?? 'a_traiter' },
        actions: repos.actions.forEvaluation(e.id).map((a) => ({
          id: a.id,
          reference: a.reference,
          description: a.description,
          ownerName: a.ownerName,
          dueDate: a.dueDate,
          status: a.status,
        })),
      })),
    };
  };

  return { ...lc, repo, withLateness, providerDetail: detail };
};

export type ProvidersContext = ReturnType<typeof createProvidersContext>;

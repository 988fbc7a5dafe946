import { toCalendarDate } from '../../../shared/domain/dates';
import type { FieldChange, HistoryEntity } from '../../../shared/schemas/history';
import type { ServiceContext } from '../context';
import { createNonconformityDetail } from './detail';
import { createNonconformityOpening } from './opening';
import { createLoopRepositories } from './repositories';
import { createNonconformityMoves } from './status-moves';

/** What the nonconformity register, the action plan, réclamations and fiches d'amélioration share, bound to one file. */
export const createLoopContext = (ctx: ServiceContext) => {
  const repos = createLoopRepositories(ctx);
  const today = () => toCalendarDate(ctx.now());

  /** Appends to a record's timeline; call inside the transaction that makes the change. */
  const record = (entity: HistoryEntity, entityId: number, action: string, changes: FieldChange[], at: string) =>
    repos.history.append({ at, entity, entityId, action, changes });

  const { withOverdue, detail } = createNonconformityDetail(repos, today);
  return {
    ...ctx,
    repos,
    today,
    record,
    withOverdue,
    detail,
    ...createNonconformityMoves(repos, detail),
    ...createNonconformityOpening(repos, today, record, detail),
  };
};

export type LoopContext = ReturnType<typeof createLoopContext>;

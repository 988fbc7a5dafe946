import { toCalendarDate } from '../../../shared/domain/dates';
import type { FieldChange } from '../../../shared/schemas/history';
import type { ServiceContext } from '../context';
import { createHistoryRepository } from '../history/repository';
import { createPeopleRepository } from '../people/repository';
import { createCompetencesRepository } from './repository';

/** What the functions and the trainings share: the repositories, today and history, bound to one file. */
export const createCompetencesContext = (ctx: ServiceContext) => {
  const history = createHistoryRepository(ctx.db, ctx.author);
  return {
    ...ctx,
    repo: createCompetencesRepository(ctx.db),
    people: createPeopleRepository(ctx.db),
    today: () => toCalendarDate(ctx.now()),
    /** Appends to a record's timeline; call inside the transaction that makes the change. */
    record: (entity: 'job_function' | 'training', entityId: number, action: string, changes: FieldChange[], at: string) =>
      history.append({ at, entity, entityId, action, changes }),
  };
};

export type CompetencesContext = ReturnType<typeof createCompetencesContext>;

import { competenceMatrix } from '../../../shared/domain/competences';
import type { Matrix } from '../../../shared/schemas/competences';
import type { ServiceContext } from '../context';
import { createCompetencesContext } from './context';
import { createFunctionsService } from './functions-service';
import { createTrainingsService } from './trainings-service';

/** Competence (§7.2): the functions and what they require, each person's trainings and qualifications, the matrix. */
export const createCompetencesService = (ctx: ServiceContext) => {
  const cc = createCompetencesContext(ctx);
  const { repo, today } = cc;

  return {
    ...createFunctionsService(cc),
    ...createTrainingsService(cc),

    /** Who is qualified for what today, function by function. */
    matrix: (): Matrix => {
      const date = today();
      const functions = repo.functions();
      const trainings = repo.trainings({ personId: null, competenceId: null, year: null, search: null });
      const matrix = competenceMatrix(
        {
          functions: functions.map((fn) => ({
            id: fn.id,
            name: fn.name,
            competenceIds: fn.competences.map((c) => c.id),
            holderIds: fn.holders.map((h) => h.id),
          })),
          competences: repo.competences(),
          people: functions.flatMap((fn) => fn.holders),
          trainings,
        },
        date,
      );
      return {
        date,
        functions: matrix.map(({ id, name, holders, competences, cells, missing }) => ({ id, name, holders, competences, cells, missing })),
      };
    },
  };
};

export type CompetencesService = ReturnType<typeof createCompetencesService>;

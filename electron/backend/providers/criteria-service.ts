import type { z } from 'zod';
import type { Criterion, criterionFieldsSchema, criterionUpdateSchema } from '../../../shared/schemas/providers';
import { invalidField, notFound, raise } from '../errors';
import type { ProvidersContext } from './context';

/** The criteria every evaluation scores: listed, added, renamed or set aside, each label once. */
export const createCriteriaService = (pc: ProvidersContext) => {
  const { repo } = pc;

  const checkCriterionLabel = (label: string, field: string, ownId?: number): void => {
    const same = repo.criterionByLabel(label);
    if (same !== undefined && same !== ownId) throw invalidField(field, `Le critère « ${label} » existe déjà.`);
  };

  return {
    criteria: (): Criterion[] => repo.criteria(),

    addCriterion: (fields: z.output<typeof criterionFieldsSchema>): Criterion =>
      pc.db
        .transaction(() => {
          checkCriterionLabel(fields.label, 'label');
          const id = repo.insertCriterion(fields.label, pc.now().toISOString());
          if (!fields.active) repo.updateCriterion(id, fields.label, false);
          return repo.criterion(id) ?? raise(notFound('Ce critère'));
        })
        .immediate(),

    updateCriterion: (input: z.output<typeof criterionUpdateSchema>): Criterion =>
      pc.db
        .transaction(() => {
          if (!repo.criterion(input.id)) throw notFound('Ce critère');
          checkCriterionLabel(input.fields.label, 'fields.label', input.id);
          repo.updateCriterion(input.id, input.fields.label, input.fields.active);
          return repo.criterion(input.id) ?? raise(notFound('Ce critère'));
        })
        .immediate(),
  };
};

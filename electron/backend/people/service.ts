import type { z } from 'zod';
import type { Person, personCreateSchema, personUpdateSchema } from '../../../shared/schemas/people';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createHistoryRepository } from '../history/repository';
import { createPeopleRepository, type PersonValues } from './repository';

export const createPeopleService = (ctx: ServiceContext) => {
  const people = createPeopleRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const at = () => ctx.now().toISOString();

  const mustGet = (id: number): Person => {
    const person = people.get(id);
    if (!person) throw notFound('Cette personne');
    return person;
  };

  return {
    /** Everyone named in the file, active people first. */
    list: (): Person[] => people.list(),

    /** Adds a person to the directory. */
    create: (input: z.output<typeof personCreateSchema>): Person =>
      ctx.db
        .transaction(() => {
          const values: PersonValues = { name: input.name, jobTitle: input.jobTitle, active: true };
          const when = at();
          const id = people.insert(values, when);
          history.append({ at: when, entity: 'person', entityId: id, action: 'create', changes: creationFields(values) });
          return mustGet(id);
        })
        .immediate(),

    /** Renames, retitles, or (de)activates a person; people are never deleted. */
    update: (input: z.output<typeof personUpdateSchema>): Person =>
      ctx.db
        .transaction(() => {
          const current = mustGet(input.id);
          const before: PersonValues = { name: current.name, jobTitle: current.jobTitle, active: current.active };
          const after: PersonValues = { name: input.name, jobTitle: input.jobTitle, active: input.active };
          const changes = diffFields(before, after);
          if (changes.length === 0) return current;
          const when = at();
          people.update(input.id, after, when);
          history.append({ at: when, entity: 'person', entityId: input.id, action: 'update', changes });
          return mustGet(input.id);
        })
        .immediate(),

    mustGet,
  };
};

export type PeopleService = ReturnType<typeof createPeopleService>;

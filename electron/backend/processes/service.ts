import type { z } from 'zod';
import type { Process, processCreateManySchema, processCreateSchema, processUpdateSchema } from '../../../shared/schemas/processes';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createHistoryRepository } from '../history/repository';
import { createPeopleRepository } from '../people/repository';
import { createProcessesRepository, type ProcessValues } from './repository';

/** What history records for a process: the pilot by name, as it read at the time. */
const snapshot = (values: ProcessValues, pilotName: string | null) => ({ name: values.name, kind: values.kind, pilot: pilotName });

export const createProcessesService = (ctx: ServiceContext) => {
  const processes = createProcessesRepository(ctx.db);
  const people = createPeopleRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);

  const mustGet = (id: number): Process => {
    const process = processes.get(id);
    if (!process) throw notFound('Ce processus');
    return process;
  };

  const pilotName = (pilotId: number | null): string | null => {
    if (pilotId === null) return null;
    const pilot = people.get(pilotId);
    if (!pilot) throw invalidField('pilotId', 'Ce pilote n’existe pas dans l’annuaire.');
    return pilot.name;
  };

  const assertNameFree = (name: string, ownId: number | null): void => {
    const existing = processes.idByName(name);
    if (existing !== undefined && existing !== ownId) {
      throw new ServiceError('conflict', 'Un processus porte déjà ce nom.', { name: 'Un processus porte déjà ce nom.' });
    }
  };

  /** Writes one process and its history entry; call inside a transaction. */
  const insert = (input: z.output<typeof processCreateSchema>): Process => {
    assertNameFree(input.name, null);
    const values: ProcessValues = { name: input.name, kind: input.kind, pilotId: input.pilotId };
    // Checked before the insert: an unknown pilot is the user's field error, not a foreign-key failure.
    const pilot = pilotName(values.pilotId);
    const when = ctx.now().toISOString();
    const id = processes.insert(values, when);
    history.append({ at: when, entity: 'process', entityId: id, action: 'create', changes: creationFields(snapshot(values, pilot)) });
    return mustGet(id);
  };

  return {
    /** The process map: pilotage, then réalisation, then support. */
    list: (): Process[] => processes.list(),

    /** Adds a process to the map. */
    create: (input: z.output<typeof processCreateSchema>): Process => ctx.db.transaction(() => insert(input)).immediate(),

    /** Adds several processes in one transaction (a template's map as edited); a name already taken refuses them all. */
    createMany: (input: z.output<typeof processCreateManySchema>): Process[] =>
      ctx.db
        .transaction(() =>
          input.processes.map((process, index) => {
            if (processes.idByName(process.name) !== undefined) {
              const message = `Un processus « ${process.name} » existe déjà : décochez-le ou renommez-le. Aucun processus n’a été créé.`;
              throw new ServiceError('conflict', message, { [`processes.${index}.name`]: message });
            }
            return insert(process);
          }),
        )
        .immediate(),

    /** Renames a process, changes its family or its pilot. */
    update: (input: z.output<typeof processUpdateSchema>): Process =>
      ctx.db
        .transaction(() => {
          const current = mustGet(input.id);
          assertNameFree(input.name, input.id);
          const after: ProcessValues = { name: input.name, kind: input.kind, pilotId: input.pilotId };
          const changes = diffFields(snapshot(current, current.pilotName), snapshot(after, pilotName(after.pilotId)));
          if (changes.length === 0 && current.pilotId === after.pilotId) return current;
          const when = ctx.now().toISOString();
          processes.update(input.id, after, when);
          history.append({ at: when, entity: 'process', entityId: input.id, action: 'update', changes });
          return mustGet(input.id);
        })
        .immediate(),
  };
};

import type { z } from 'zod';
import type { Organisation, organisationUpdateSchema } from '../../../shared/schemas/organisation';
import { indiceSchemes } from '../../../shared/domain/versions';
import type { ServiceContext } from '../context';
import { diffFields } from '../history/changes';
import { createHistoryRepository } from '../history/repository';
import { createSettingsRepository } from './repository';

const NAME_KEY = 'organisation.name';
const SCOPE_KEY = 'organisation.scopeStatement';
const SITES_KEY = 'organisation.sites';
/** Also read by document control when it numbers a new version. */
export const INDICE_SCHEME_KEY = 'documents.indiceScheme';
/** History needs an id; the organisation is the file's single record. */
export const ORGANISATION_ID = 1;

export const createOrganisationService = (ctx: ServiceContext) => {
  const settings = createSettingsRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const get = (): Organisation => ({
    name: settings.get(NAME_KEY),
    indiceScheme: indiceSchemes.find((scheme) => scheme === settings.get(INDICE_SCHEME_KEY)) ?? 'numeric',
    scopeStatement: settings.get(SCOPE_KEY),
    sites: settings.get(SITES_KEY),
  });
  return {
    get,
    /** Names the structure whose quality system this file holds, and how its versions are numbered. */
    update: (input: z.output<typeof organisationUpdateSchema>): Organisation =>
      ctx.db
        .transaction(() => {
          const before = get();
          const after = {
            name: input.name,
            indiceScheme: input.indiceScheme,
            scopeStatement: input.scopeStatement === undefined ? before.scopeStatement : input.scopeStatement,
            sites: input.sites === undefined ? before.sites : input.sites,
          };
          const changes = diffFields(before, after);
          if (changes.length === 0) return before;
          settings.set(NAME_KEY, after.name);
          settings.set(INDICE_SCHEME_KEY, after.indiceScheme);
          settings.set(SCOPE_KEY, after.scopeStatement);
          settings.set(SITES_KEY, after.sites);
          history.append({
            at: ctx.now().toISOString(),
            entity: 'organisation',
            entityId: ORGANISATION_ID,
            action: 'update',
            changes,
          });
          return get();
        })
        .immediate(),

    /** Writes on the structure's timeline that a backup was put back (called on the restored file, once reopened). */
    recordRestore: (restore: { backupTakenAt: string; backupKind: string; safetyBackup: string }): void => {
      history.append({
        at: ctx.now().toISOString(),
        entity: 'organisation',
        entityId: ORGANISATION_ID,
        action: 'restore',
        changes: [
          { field: 'backupTakenAt', before: null, after: restore.backupTakenAt },
          { field: 'backupKind', before: null, after: restore.backupKind },
          { field: 'safetyBackup', before: null, after: restore.safetyBackup },
        ],
      });
    },
  };
};

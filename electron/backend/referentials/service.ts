import type { z } from 'zod';
import { referentialCode } from '../../../shared/domain/referentials';
import type {
  Referential,
  ReferentialDetail,
  ReferentialExport,
  Requirement,
  RequirementNode,
  referentialCreateSchema,
} from '../../../shared/schemas/referentials';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound } from '../errors';
import { creationFields } from '../history/changes';
import { createApplicability } from './applicability';
import { createReferentialsContext, type ReferentialsContext } from './context';
import { createRequirementLinks } from './links-service';
import { createRequirementsService } from './requirements-service';
import { referentialSnapshot } from './snapshots';
import { createTransfer } from './transfer';

/** Nests a referential's requirements (already in natural order) under their parents. */
const toTree = (requirements: Requirement[]): RequirementNode[] => {
  const nodes = new Map(requirements.map((requirement) => [requirement.id, { ...requirement, children: [] as RequirementNode[] }]));
  const roots: RequirementNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
};

/** Referentials as a whole: listed, read as a tree, a scheme's layer created, exchanged as files, shipped ones loaded. */
const createReferentialRecords = (rc: ReferentialsContext) => {
  const { repo, history } = rc;
  const transfer = createTransfer(rc);

  return {
    list: (): Referential[] => repo.list(),

    get: (id: number): ReferentialDetail => ({ referential: rc.mustGetReferential(id), requirements: toTree(repo.requirements(id)) }),

    /** A certification scheme's own layer, standalone or on top of a standard. */
    create: (input: z.output<typeof referentialCreateSchema>): Referential =>
      rc.db
        .transaction(() => {
          const base = input.baseId === null ? null : repo.get(input.baseId);
          if (base === undefined) throw invalidField('baseId', 'Ce référentiel de base n’existe pas.');
          if (base && base.kind !== 'norme') throw invalidField('baseId', 'Un schéma s’appuie sur une norme (par exemple ISO 9001:2015).');
          const code = referentialCode(input.name, input.edition);
          if (repo.idByCode(code) !== undefined) {
            const message = 'Un référentiel porte déjà ce nom et cette édition.';
            throw new ServiceError('conflict', message, { name: message });
          }
          const values = {
            code,
            name: input.name,
            edition: input.edition,
            kind: 'schema' as const,
            baseId: input.baseId,
            source: 'utilisateur' as const,
          };
          const when = rc.now().toISOString();
          const id = repo.insert(values, when);
          history.append({
            at: when,
            entity: 'referential',
            entityId: id,
            action: 'create',
            changes: creationFields(referentialSnapshot(values, base?.name ?? null)),
          });
          return rc.mustGetReferential(id);
        })
        .immediate(),

    exportJson: (id: number): ReferentialExport => {
      const exported = transfer.exportJson(id);
      if (!exported) throw notFound('Ce référentiel');
      return exported;
    },

    importJson: (json: string): Referential => rc.mustGetReferential(transfer.importJson(json)),

    seedShipped: transfer.seedShipped,
  };
};

/** Referentials (standards and schemes), their requirements, applicability and links, for one open file. */
export const createReferentialsService = (ctx: ServiceContext) => {
  const rc = createReferentialsContext(ctx);
  return {
    ...createReferentialRecords(rc),
    ...createRequirementsService(rc),
    ...createApplicability(rc),
    ...createRequirementLinks(rc),
  };
};

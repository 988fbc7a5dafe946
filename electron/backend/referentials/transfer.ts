import { orderParentsFirst, requirementSortKey, type ReferentialSource } from '../../../shared/domain/referentials';
import { referentialFileSchema, type ReferentialExport, type ReferentialFile } from '../../../shared/schemas/referentials';
import iso9001 from '../../../resources/referentials/iso9001-2015.json';
import { ServiceError } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { parseReferentialFile, serializeReferentialFile } from './exchange';
import type { ReferentialsContext } from './context';
import type { ReferentialsRepository } from './repository';
import { extrasOf, fileContentSnapshot, referentialSnapshot, requirementSnapshot } from './snapshots';

/** Who history names for what Sève itself loads: the user did not type it. */
export const SHIPPED_ACTOR = 'Sève (référentiel livré)';

/** Referentials bundled with Sève (esbuild and vitest inline the JSON), read with the import format. */
export const shippedReferentials = (): ReferentialFile[] => [referentialFileSchema.parse(iso9001)];

const refused = (message: string): ServiceError => {
  const full = `${message} Rien n’a été importé.`;
  return new ServiceError('invalid_input', full, { json: full });
};

/** The exchange file of a referential, byte-stable: exporting twice gives the same text. */
const exportFile = (repo: ReferentialsRepository, referentialId: number): ReferentialExport | undefined => {
  const referential = repo.get(referentialId);
  if (!referential) return undefined;
  const base = referential.baseId === null ? undefined : repo.get(referential.baseId)?.code;
  const requirements = repo.requirements(referentialId);
  const numberById = new Map(requirements.map((requirement) => [requirement.id, requirement.number]));
  const file: ReferentialFile = {
    format: 'seve-referentiel',
    formatVersion: 1,
    referential: { code: referential.code, name: referential.name, edition: referential.edition, kind: referential.kind, base },
    requirements: requirements.map((requirement) => ({
      number: requirement.number,
      titleFr: requirement.titleFr,
      titleEn: requirement.titleEn ?? undefined,
      text: requirement.text ?? undefined,
      parent: requirement.parentId === null ? undefined : numberById.get(requirement.parentId),
      note: requirement.note ?? undefined,
      documentedInformation: requirement.documentedInformation.length === 0 ? undefined : requirement.documentedInformation,
      majorOnly: requirement.majorOnly ? true : undefined,
    })),
  };
  return { fileName: `${referential.code}.json`, json: serializeReferentialFile(file) };
};

/**
 * Writes a whole referential file, the referential then its requirements parents first; call inside a
 * transaction, so a refusal leaves nothing behind. `actor` names Sève itself for what it loads; an
 * import is the chosen person's (the history's own author).
 */
const createFileInsertion = (rc: ReferentialsContext) => {
  const { repo, history } = rc;
  return (file: ReferentialFile, source: ReferentialSource, actor?: string): number => {
    const { code, name, edition, kind, base } = file.referential;
    const existing = repo.idByCode(code);
    if (existing !== undefined) {
      throw refused(`Ce fichier contient déjà un référentiel de code « ${code} » (« ${repo.get(existing)?.name ?? code} »).`);
    }
    let baseId: number | null = null;
    let baseName: string | null = null;
    if (base !== undefined) {
      const baseReferential = repo.get(repo.idByCode(base) ?? 0);
      if (!baseReferential) throw refused(`Ce référentiel s’appuie sur « ${base} », qui n’est pas dans ce fichier : importez-le d’abord.`);
      if (baseReferential.kind !== 'norme')
        throw refused(`Ce référentiel s’appuie sur « ${baseReferential.name} », qui n’est pas une norme.`);
      baseId = baseReferential.id;
      baseName = baseReferential.name;
    }
    const when = rc.now().toISOString();
    const values = { code, name, edition, kind, baseId, source };
    const referentialId = repo.insert(values, when);
    history.append({
      at: when,
      ...(actor === undefined ? {} : { actor }),
      entity: 'referential',
      entityId: referentialId,
      action: 'create',
      changes: creationFields({ ...referentialSnapshot(values, baseName), requirementCount: file.requirements.length }),
    });

    const checked = orderParentsFirst(file.requirements);
    // The schema already refused duplicates, unknown parents and cycles; this guards a direct caller.
    if (!checked.ok) throw refused(checked.problems[0]?.message ?? 'Les exigences ne forment pas un arbre.');
    const idByNumber = new Map<string, number>();
    for (const index of checked.order) {
      const entry = file.requirements[index];
      if (!entry) continue;
      const parentId = entry.parent === undefined ? null : (idByNumber.get(entry.parent) ?? null);
      const requirement = {
        number: entry.number,
        titleFr: entry.titleFr,
        titleEn: entry.titleEn ?? null,
        text: entry.text ?? null,
        parentId,
        sortKey: requirementSortKey(entry.number),
      };
      const extras = extrasOf(entry);
      const id = repo.insertRequirement(referentialId, requirement, when, extras);
      idByNumber.set(entry.number, id);
      history.append({
        at: when,
        ...(actor === undefined ? {} : { actor }),
        entity: 'requirement',
        entityId: id,
        action: 'create',
        changes: creationFields({
          ...requirementSnapshot(requirement, entry.parent ?? null),
          ...fileContentSnapshot({ ...requirement, ...extras }),
        }),
      });
    }
    return referentialId;
  };
};

/**
 * Brings a shipped referential already in the file up to the shipped file: titles, notes,
 * documented information, and sub-clauses it lacked (under an excluded clause, excluded with the
 * same justification). The user's links, applicability, text and grading scale stay. Returns
 * how many requirements changed; call inside a transaction.
 */
const createShippedUpgrade = (rc: ReferentialsContext) => {
  const { repo, history } = rc;
  return (referentialId: number, file: ReferentialFile): number => {
    const checked = orderParentsFirst(file.requirements);
    if (!checked.ok) return 0;
    const when = rc.now().toISOString();
    const byNumber = new Map(repo.requirements(referentialId).map((requirement) => [requirement.number, requirement]));
    let changed = 0;
    for (const index of checked.order) {
      const entry = file.requirements[index];
      if (!entry) continue;
      const content = { titleFr: entry.titleFr, titleEn: entry.titleEn ?? null, ...extrasOf(entry) };
      const current = byNumber.get(entry.number);
      if (current) {
        const changes = diffFields(fileContentSnapshot(current), fileContentSnapshot(content));
        if (changes.length === 0) continue;
        repo.setFileContent(current.id, content, when);
        history.append({ at: when, actor: SHIPPED_ACTOR, entity: 'requirement', entityId: current.id, action: 'update', changes });
      } else {
        const parent = entry.parent === undefined ? undefined : byNumber.get(entry.parent);
        const values = {
          number: entry.number,
          titleFr: entry.titleFr,
          titleEn: entry.titleEn ?? null,
          text: null,
          parentId: parent?.id ?? null,
        };
        const exclusion = parent && !parent.applicable ? parent.nonApplicableJustification : null;
        const id = repo.insertRequirement(
          referentialId,
          { ...values, sortKey: requirementSortKey(entry.number) },
          when,
          content,
          exclusion,
        );
        history.append({
          at: when,
          actor: SHIPPED_ACTOR,
          entity: 'requirement',
          entityId: id,
          action: 'create',
          changes: creationFields({
            ...requirementSnapshot(values, parent?.number ?? null),
            ...fileContentSnapshot(content),
            ...(exclusion === null ? {} : { applicable: false, justification: exclusion }),
          }),
        });
        const created = repo.requirement(id);
        if (created) byNumber.set(entry.number, created);
      }
      changed += 1;
    }
    if (changed > 0) repo.touch(referentialId, when);
    return changed;
  };
};

/** Referentials exchanged as files (import, export) and the shipped ones loaded or brought up to date. */
export const createTransfer = (rc: ReferentialsContext) => {
  const { repo } = rc;
  const insertFile = createFileInsertion(rc);
  const upgradeFile = createShippedUpgrade(rc);

  return {
    /** Imports an exchange file in one transaction: all of it, or nothing and a French reason. */
    importJson: (json: string): number => {
      const file = parseReferentialFile(json);
      return rc.db.transaction(() => insertFile(file, 'importe')).immediate();
    },

    /** The exchange file of a referential, byte-stable: exporting twice gives the same text. */
    exportJson: (referentialId: number): ReferentialExport | undefined => exportFile(repo, referentialId),

    /**
     * Loads each shipped referential the file does not have yet (a new file, or an older one on its
     * first opening with schema 3), and brings one it has up to the shipped version (an older Sève
     * shipped shorter titles and fewer sub-clauses). Checked by code and content, so it writes only
     * when something differs. Returns how many referentials it added or upgraded.
     */
    seedShipped: (): number => {
      let touched = 0;
      for (const file of shippedReferentials()) {
        const existing = repo.idByCode(file.referential.code);
        if (existing === undefined) {
          rc.db.transaction(() => insertFile(file, 'livre', SHIPPED_ACTOR)).immediate();
          touched += 1;
        } else if (repo.get(existing)?.source === 'livre') {
          if (rc.db.transaction(() => upgradeFile(existing, file)).immediate() > 0) touched += 1;
        }
      }
      return touched;
    },
  };
};

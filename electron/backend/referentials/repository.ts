import type Database from 'better-sqlite3';
import type { ReferentialKind, ReferentialSource } from '../../../shared/domain/referentials';
import type { Referential } from '../../../shared/schemas/referentials';
import { createRequirementLinksRepository } from './links-repository';
import { createRequirementsRepository } from './requirements-repository';

type ReferentialRow = {
  id: number;
  code: string;
  name: string;
  edition: string;
  kind: ReferentialKind;
  base_referential_id: number | null;
  base_name: string | null;
  source: ReferentialSource;
  requirement_count: number;
  non_applicable_count: number;
  created_at: string;
  updated_at: string;
};

const toReferential = (row: ReferentialRow): Referential => ({
  id: row.id,
  code: row.code,
  name: row.name,
  edition: row.edition,
  kind: row.kind,
  baseId: row.base_referential_id,
  baseName: row.base_name,
  source: row.source,
  requirementCount: row.requirement_count,
  nonApplicableCount: row.non_applicable_count,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export type ReferentialValues = {
  code: string;
  name: string;
  edition: string;
  kind: ReferentialKind;
  baseId: number | null;
  source: ReferentialSource;
};

const selectReferential = `SELECT r.id, r.code, r.name, r.edition, r.kind, r.base_referential_id, b.name AS base_name, r.source,
    (SELECT count(*) FROM requirements q WHERE q.referential_id = r.id) AS requirement_count,
    (SELECT count(*) FROM requirements q WHERE q.referential_id = r.id AND q.applicable = 0) AS non_applicable_count,
    r.created_at, r.updated_at
  FROM referentials r LEFT JOIN referentials b ON b.id = r.base_referential_id`;

/** Referentials, their requirements and links to them: the referentials' own rows here, the rest composed in. */
export const createReferentialsRepository = (db: Database.Database) => {
  // Standards first, then schemes, each by name: the order a quality manual cites them in.
  const listAll = db.prepare<[], ReferentialRow>(`${selectReferential} ORDER BY r.kind = 'schema', r.name COLLATE NOCASE, r.edition`);
  const selectOne = db.prepare<[number], ReferentialRow>(`${selectReferential} WHERE r.id = ?`);
  const idByCode = db.prepare<[string], number>('SELECT id FROM referentials WHERE code = ?').pluck();
  const insertReferential = db.prepare(
    `INSERT INTO referentials (code, name, edition, kind, base_referential_id, source, created_at, updated_at)
     VALUES (@code, @name, @edition, @kind, @baseId, @source, @at, @at)`,
  );
  const touchReferential = db.prepare<[string, number]>('UPDATE referentials SET updated_at = ? WHERE id = ?');

  return {
    list: (): Referential[] => listAll.all().map(toReferential),
    get: (id: number): Referential | undefined => {
      const row = selectOne.get(id);
      return row && toReferential(row);
    },
    idByCode: (code: string): number | undefined => idByCode.get(code),
    insert: (values: ReferentialValues, at: string): number => Number(insertReferential.run({ ...values, at }).lastInsertRowid),
    /** Marks a referential changed when one of its requirements is. */
    touch: (id: number, at: string): void => {
      touchReferential.run(at, id);
    },
    ...createRequirementsRepository(db),
    ...createRequirementLinksRepository(db),
  };
};

export type ReferentialsRepository = ReturnType<typeof createReferentialsRepository>;

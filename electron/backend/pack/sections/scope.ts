import type Database from 'better-sqlite3';
import { documentTypes } from '../../../../shared/domain/documents';
import type { PackScope } from '../../../../shared/domain/pack';
import { PackFailure } from '../failure';
import type { PackContext, ScopeRequirement } from './types';

/** The documents of the pack's scope, for `d.id IN (…)` (filled by `resolveScope`). */
export const IN_SCOPE = 'SELECT id FROM temp.pack_documents';

/** Register order, as a quality manual lists documents: policy, manual, procedures… */
export const typeOrder = `CASE d.type ${documentTypes.map((type, rank) => `WHEN '${type}' THEN ${rank}`).join(' ')} END`;

type RequirementRow = {
  id: number;
  number: string;
  title_fr: string;
  parent_id: number | null;
  applicable: number;
  non_applicable_justification: string | null;
  documented_information: string | null;
};

const toRequirement = (row: RequirementRow): ScopeRequirement => ({
  id: row.id,
  number: row.number,
  title: row.title_fr,
  parentId: row.parent_id,
  applicable: row.applicable === 1,
  justification: row.non_applicable_justification,
  documentedInformation:
    row.documented_information === null ? [] : (JSON.parse(row.documented_information) as ScopeRequirement['documentedInformation']),
});

const list = (ids: readonly number[]): string => JSON.stringify(ids);

/**
 * Resolves what the pack covers, and refuses in French a scope that names records this file does
 * not hold: a requirement of another referential, a process that does not exist.
 */
export const resolveScope = (
  db: Database.Database,
  request: { date: string; referentialId: number | null; scope: PackScope; auditId?: number | null },
): PackContext => {
  const referential =
    request.referentialId === null
      ? null
      : db
          .prepare<[number], { id: number; code: string; name: string; edition: string }>(
            'SELECT id, code, name, edition FROM referentials WHERE id = ?',
          )
          .get(request.referentialId);
  if (request.referentialId !== null && !referential)
    throw new PackFailure('not_found', 'Ce référentiel est introuvable : il a peut-être été supprimé. Choisissez-en un autre.');

  const allRequirements = referential
    ? db
        .prepare<[number], RequirementRow>(
          `SELECT id, number, title_fr, parent_id, applicable, non_applicable_justification, documented_information FROM requirements
           WHERE referential_id = ? ORDER BY sort_key, number`,
        )
        .all(referential.id)
        .map(toRequirement)
    : [];

  const { scope } = request;
  let requirements = allRequirements;
  let documentIds: number[];
  let scopeLabel = 'Tout le système qualité';
  const inForce = `SELECT d.id FROM documents d WHERE d.status = 'en_vigueur'`;

  if (scope.kind === 'processes') {
    const names = db
      .prepare<[string], { id: number; name: string }>(
        'SELECT id, name FROM processes WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name COLLATE NOCASE',
      )
      .all(list(scope.processIds));
    if (names.length !== new Set(scope.processIds).size)
      throw new PackFailure('not_found', 'Un des processus choisis est introuvable : rechargez la page et choisissez à nouveau.');
    scopeLabel = `Processus : ${names.map((process) => process.name).join(', ')}`;
    documentIds = db
      .prepare<[string], number>(`${inForce} AND d.process_id IN (SELECT value FROM json_each(?)) ORDER BY ${typeOrder}, d.reference`)
      .pluck()
      .all(list(scope.processIds));
  } else if (scope.kind === 'requirements') {
    const known = new Map(allRequirements.map((requirement) => [requirement.id, requirement]));
    if (scope.requirementIds.some((id) => !known.has(id))) {
      throw new PackFailure(
        'invalid_input',
        'Une des exigences choisies n’appartient pas au référentiel du dossier : choisissez-les à nouveau.',
      );
    }
    // A chosen clause brings its sub-clauses (choosing 8.5 covers 8.5.1 to 8.5.6).
    const chosen = new Set(scope.requirementIds);
    for (const requirement of allRequirements)
      if (requirement.parentId !== null && chosen.has(requirement.parentId)) chosen.add(requirement.id);
    requirements = allRequirements.filter((requirement) => chosen.has(requirement.id));
    scopeLabel = `Exigences : ${scope.requirementIds.map((id) => known.get(id)?.number).join(', ')} (${referential?.name ?? ''})`;
    documentIds = db
      .prepare<[string], number>(
        `${inForce} AND d.id IN (SELECT entity_id FROM requirement_links WHERE entity = 'document' AND requirement_id IN (SELECT value FROM json_each(?)))
         ORDER BY ${typeOrder}, d.reference`,
      )
      .pluck()
      .all(list([...chosen]));
  } else {
    documentIds = db.prepare<[], number>(`${inForce} ORDER BY ${typeOrder}, d.reference`).pluck().all();
  }
  // Sections select "documents of the scope" by joining these temporary tables (a read-only connection
  // may still write its own temporary schema): a JSON list of thousands of ids would be scanned per row.
  db.exec('CREATE TEMP TABLE IF NOT EXISTS pack_documents (id INTEGER PRIMARY KEY)');
  db.exec('CREATE TEMP TABLE IF NOT EXISTS pack_requirements (id INTEGER PRIMARY KEY)');
  db.exec('DELETE FROM temp.pack_documents; DELETE FROM temp.pack_requirements;');
  const addDocument = db.prepare<[number]>('INSERT INTO temp.pack_documents (id) VALUES (?)');
  for (const id of documentIds) addDocument.run(id);
  const addRequirement = db.prepare<[number]>('INSERT INTO temp.pack_requirements (id) VALUES (?)');
  for (const requirement of requirements) addRequirement.run(requirement.id);
  return {
    db,
    date: request.date,
    auditId: request.auditId ?? null,
    referential: referential ?? null,
    scope,
    scopeLabel,
    documentIds,
    requirements,
  };
};

import Database from 'better-sqlite3';
import type { Referential, ReferentialDetail, RequirementNode } from '../../shared/schemas/referentials';
import { expectOk, type TestBackend } from './backend';

export const flatten = (nodes: RequirementNode[]): RequirementNode[] => nodes.flatMap((node) => [node, ...flatten(node.children)]);

/** The shipped ISO 9001:2015 of a test file, and its requirements by number. */
export const iso = async (backend: TestBackend): Promise<{ referential: Referential; byNumber: Map<string, RequirementNode> }> => {
  const list = await expectOk<Referential[]>(backend.api, 'referentials.list', {});
  const referential = list.find((candidate) => candidate.code === 'iso9001-2015');
  if (!referential) throw new Error('ISO 9001:2015 is missing');
  const detail = await expectOk<ReferentialDetail>(backend.api, 'referentials.get', { id: referential.id });
  return { referential, byNumber: new Map(flatten(detail.requirements).map((node) => [node.number, node])) };
};

/** Rows of the referential tables and of history: what a refused operation must leave as it was. */
export const counts = (filePath: string) => {
  const db = new Database(filePath, { readonly: true });
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  const result = {
    referentials: count('referentials'),
    requirements: count('requirements'),
    links: count('requirement_links'),
    history: count('history'),
  };
  db.close();
  return result;
};

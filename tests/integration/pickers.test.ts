import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldForSearch, searchWords } from '../../shared/domain/search';
import type { ActionPage } from '../../shared/schemas/actions';
import type { DocumentPage } from '../../shared/schemas/documents';
import type { NonconformityPage } from '../../shared/schemas/nonconformities';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

const day = (offset: number): string => new Date(Date.UTC(2026, 10, 26) + offset * 86_400_000).toISOString().slice(0, 10);
const at = '2026-11-26T08:00:00Z';
const descriptions = [
  'Écart à l’accueil des salariés',
  'Consigne de sécurité absente',
  'Œuvre du chantier non réceptionnée',
  'Accueillir le client',
];

/** The rule the pickers promise: every typed word begins a word of the reference or description, accents and case aside. */
const answers = (typed: string, record: { reference: string; description: string }): boolean => {
  const text = ` ${foldForSearch(`${record.reference} ${record.description}`)}`;
  return searchWords(typed).every((word) => text.includes(` ${word}`));
};

describe('pickers: the paged registers searched by words and read by ids, in SQL', () => {
  let backend: TestBackend;
  const actions: { id: number; reference: string; description: string; status: string }[] = [];
  const ncs: { id: number; reference: string; description: string; status: string }[] = [];

  beforeAll(async () => {
    backend = await openTestBackend();
    const owner = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: null })).id;
    // Written straight into the file: 60 actions, 40 NCs and 30 documents, a third of them finished.
    const db = new Database(backend.filePath);
    const insertAction = db.prepare(
      `INSERT INTO actions (reference, source, origin_note, type, description, owner_id, opened_on, due_date, status, done_on,
         created_at, updated_at)
       VALUES (?, 'autre', 'Réunion', 'corrective', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 1; i <= 60; i++) {
      const status = i % 3 === 0 ? 'realisee' : 'a_faire';
      const reference = `ACT-K-${String(i).padStart(4, '0')}`;
      const description = `${descriptions[i % descriptions.length] ?? ''} ${i}`;
      const id = Number(
        insertAction.run(reference, description, owner, day(-90), day(-30 + i), status, status === 'realisee' ? day(-10) : null, at, at)
          .lastInsertRowid,
      );
      actions.push({ id, reference, description, status });
    }
    const insertNc = db.prepare(
      `INSERT INTO nonconformities (reference, source, detected_on, description, severity, status, closed_on, created_at, updated_at)
       VALUES (?, 'quotidien', ?, ?, 'mineure', ?, ?, ?, ?)`,
    );
    for (let i = 1; i <= 40; i++) {
      const status = i % 3 === 0 ? 'close' : 'a_traiter';
      const reference = `NC-K-${String(i).padStart(3, '0')}`;
      const description = `${descriptions[(i + 1) % descriptions.length] ?? ''} ${i}`;
      const id = Number(
        insertNc.run(reference, day(-200 + i), description, status, status === 'close' ? day(-5) : null, at, at).lastInsertRowid,
      );
      ncs.push({ id, reference, description, status });
    }
    const insertDocument = db.prepare(
      `INSERT INTO documents (reference, title, type, status, owner_id, review_period_months, revision, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 12, 0, ?, ?)`,
    );
    for (let i = 1; i <= 30; i++)
      insertDocument.run(
        `DOC-K-${String(i).padStart(3, '0')}`,
        `Document ${i}`,
        i % 5 === 0 ? 'politique' : 'procedure',
        i % 10 === 0 ? 'obsolete' : 'brouillon',
        owner,
        at,
        at,
      );
    db.close();
  });
  afterAll(() => backend.close());

  it('finds actions by words of their description, accents, case and ligatures aside, each word beginning a word', async () => {
    const page = await expectOk<ActionPage>(backend.api, 'actions.page', { scope: 'all', search: 'ecart SALAR', limit: 50 });
    const expected = actions.filter((action) => action.description.startsWith('Écart à l’accueil'));
    expect(page.items.map((action) => action.id).sort((a, b) => a - b)).toEqual(expected.map((action) => action.id));
    expect(page.total).toBe(expected.length);
    const oeuvre = await expectOk<ActionPage>(backend.api, 'actions.page', { scope: 'all', search: 'oeuvre', limit: 50 });
    expect(oeuvre.items.every((action) => action.description.startsWith('Œuvre'))).toBe(true);
    expect(oeuvre.total).toBeGreaterThan(0);
    // « cueil » sits inside a word: no action begins a word with it.
    expect((await expectOk<ActionPage>(backend.api, 'actions.page', { scope: 'all', search: 'cueil' })).total).toBe(0);
  });

  it('finds an action by its reference typed whole, and keeps the scope: open ones unless all are asked', async () => {
    const done = actions.find((action) => action.status === 'realisee');
    if (!done) throw new Error('no finished action');
    const open = await expectOk<ActionPage>(backend.api, 'actions.page', { search: done.reference });
    expect(open.items).toEqual([]);
    expect(open.allTotal).toBe(1);
    const all = await expectOk<ActionPage>(backend.api, 'actions.page', { scope: 'all', search: done.reference });
    expect(all.items.map((action) => action.id)).toEqual([done.id]);
  });

  it('pages a search without a gap or a repeat, and answers exactly the records the rule keeps', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('accueil', 'consigne secu', 'ACT-K-001', 'le', 'chantier 4', 'é', ''),
        fc.integer({ min: 1, max: 9 }),
        async (search, limit) => {
          const ids: number[] = [];
          let after: ActionPage['next'] = null;
          let guard = 0;
          do {
            const page: ActionPage = await expectOk<ActionPage>(backend.api, 'actions.page', {
              scope: 'all',
              search,
              limit,
              ...(after ? { after } : {}),
            });
            ids.push(...page.items.map((action) => action.id));
            after = page.next;
          } while (after !== null && ++guard < 100);
          const expected = actions.filter((action) => answers(search, action)).map((action) => action.id);
          expect([...ids].sort((a, b) => a - b)).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('reads the chosen actions by their ids, whatever their page or status', async () => {
    const chosen = [actions[58], actions[2], actions[30]].map((action) => action?.id ?? 0);
    const page = await expectOk<ActionPage>(backend.api, 'actions.page', { scope: 'all', ids: chosen, limit: 3 });
    expect(page.items.map((action) => action.id).sort((a, b) => a - b)).toEqual([...chosen].sort((a, b) => a - b));
    expect(page.next).toBeNull();
  });

  it('searches the nonconformities and reads them by ids the same way', async () => {
    const page = await expectOk<NonconformityPage>(backend.api, 'nonconformities.page', { scope: 'all', search: 'sécurite', limit: 100 });
    const expected = ncs.filter((nc) => answers('sécurite', nc));
    expect(expected.length).toBeGreaterThan(0);
    expect(page.items.map((nc) => nc.id).sort((a, b) => a - b)).toEqual(expected.map((nc) => nc.id));
    const openOnly = await expectOk<NonconformityPage>(backend.api, 'nonconformities.page', { search: 'sécurite', limit: 100 });
    expect(openOnly.items.every((nc) => nc.status !== 'close')).toBe(true);
    expect(openOnly.allTotal).toBe(expected.length);
    const closed = ncs.find((nc) => nc.status === 'close');
    const byId = await expectOk<NonconformityPage>(backend.api, 'nonconformities.page', { scope: 'all', ids: [closed?.id ?? 0] });
    expect(byId.items.map((nc) => nc.reference)).toEqual([closed?.reference]);
  });

  it('keeps the documents of one type, and reads documents by ids', async () => {
    const policies = await expectOk<DocumentPage>(backend.api, 'documents.page', { scope: 'all', type: 'politique' });
    expect(policies.items.map((document) => document.reference)).toEqual([
      'DOC-K-005',
      'DOC-K-010',
      'DOC-K-015',
      'DOC-K-020',
      'DOC-K-025',
      'DOC-K-030',
    ]);
    expect((await expectOk<DocumentPage>(backend.api, 'documents.page', { type: 'politique' })).total).toBe(3);
    const some = await expectOk<DocumentPage>(backend.api, 'documents.page', {
      scope: 'all',
      ids: policies.items.slice(0, 2).map((d) => d.id),
    });
    expect(some.items.map((document) => document.reference)).toEqual(['DOC-K-005', 'DOC-K-010']);
  });

  it('refuses an empty list of ids or a search too long, in French, on the field', async () => {
    const empty = await backend.api.invoke('actions.page', { ids: [] });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error.fields?.ids).toBe('Au moins un identifiant.');
    const long = await backend.api.invoke('nonconformities.page', { search: 'a'.repeat(201) });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.error.fields?.search).toBe('La recherche ne dépasse pas 200 caractères.');
  });
});

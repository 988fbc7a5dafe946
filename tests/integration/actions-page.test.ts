import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, ActionPage } from '../../shared/schemas/actions';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

const day = (offset: number): string => new Date(Date.UTC(2026, 10, 26) + offset * 86_400_000).toISOString().slice(0, 10);
const statuses = ['a_faire', 'en_cours', 'realisee', 'abandonnee', 'realisee'] as const;

describe('actions.page: the plan keyset-paged, open actions by default, with its counts', () => {
  let backend: TestBackend;
  let owners: number[];

  beforeAll(async () => {
    backend = await openTestBackend();
    owners = [];
    for (const name of ['Amélie Durand', 'Karim Benali'])
      owners.push((await expectOk<{ id: number }>(backend.api, 'people.create', { name, jobTitle: null })).id);
    // Written straight into the file: 40 actions, several sharing a due date, so the cursor's id matters.
    const db = new Database(backend.filePath);
    const insert = db.prepare(
      `INSERT INTO actions (reference, source, origin_note, type, description, owner_id, opened_on, due_date, status, done_on, abandoned_on,
         abandon_reason, created_at, updated_at)
       VALUES (?, 'autre', 'Réunion d’équipe', 'corrective', ?, ?, ?, ?, ?, ?, ?, ?, '2026-11-26T08:00:00Z', '2026-11-26T08:00:00Z')`,
    );
    for (let i = 1; i <= 40; i++) {
      const status = statuses[i % statuses.length] ?? 'a_faire';
      const due = day(-30 + (i % 8) * 10);
      insert.run(
        `ACT-P-${i}`,
        `Action ${i} : afficher la consigne`,
        owners[i % 2],
        day(-60),
        due,
        status,
        status === 'realisee' ? day(-40) : null,
        status === 'abandonnee' ? day(-40) : null,
        status === 'abandonnee' ? 'Remplacée par une autre action.' : null,
      );
    }
    db.close();
  });
  afterAll(() => backend.close());

  const walk = async (query: Record<string, unknown>): Promise<{ ids: number[]; pages: ActionPage[] }> => {
    const pages: ActionPage[] = [];
    let after: ActionPage['next'] = null;
    do {
      const page: ActionPage = await expectOk<ActionPage>(backend.api, 'actions.page', { ...query, ...(after ? { after } : {}) });
      pages.push(page);
      after = page.next;
    } while (after !== null && pages.length < 100);
    return { ids: pages.flatMap((page) => page.items.map((item) => item.id)), pages };
  };

  it('answers the open actions by default, in the plan’s order, with the counts', async () => {
    const all = await expectOk<Action[]>(backend.api, 'actions.list', {});
    const open = all.filter((action) => action.status === 'a_faire' || action.status === 'en_cours');
    const page = await expectOk<ActionPage>(backend.api, 'actions.page', {});
    expect(page.items.map((action) => action.id)).toEqual(open.map((action) => action.id));
    expect(page.total).toBe(open.length);
    expect(page.openTotal).toBe(open.length);
    expect(page.allTotal).toBe(40);
    expect(page.next).toBeNull();
    const everything = await expectOk<ActionPage>(backend.api, 'actions.page', { scope: 'all' });
    expect(everything.total).toBe(40);
    expect(everything.openTotal).toBe(open.length);
  });

  it('walks every page without a gap or a repeat, whatever the page size and the filters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom<'open' | 'all'>('open', 'all'),
        fc.option(fc.constantFrom(0, 1), { nil: undefined }),
        async (limit, scope, ownerIndex) => {
          const ownerId = ownerIndex === undefined ? undefined : owners[ownerIndex];
          const filter = ownerId === undefined ? {} : { ownerId };
          const whole = (await expectOk<Action[]>(backend.api, 'actions.list', filter)).filter(
            (action) => scope === 'all' || action.status === 'a_faire' || action.status === 'en_cours',
          );
          const { ids, pages } = await walk({ ...filter, scope, limit });
          expect(ids).toEqual(whole.map((action) => action.id));
          for (const page of pages) {
            expect(page.items.length).toBeLessThanOrEqual(limit);
            expect(page.total).toBe(whole.length);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('refuses a page size out of range in French', async () => {
    const refused = await backend.api.invoke('actions.page', { limit: 0 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { limit: 'Au moins 1 ligne.' } } });
    const tooMany = await backend.api.invoke('actions.page', { limit: 501 });
    expect(tooMany).toMatchObject({ ok: false, error: { fields: { limit: 'Au plus 500 lignes par page.' } } });
  });
});

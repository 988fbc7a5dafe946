import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentTypes } from '../../shared/domain/documents';
import type { DocumentPage, QualityDocument } from '../../shared/schemas/documents';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

const day = (offset: number): string => new Date(Date.UTC(2026, 10, 26) + offset * 86_400_000).toISOString().slice(0, 10);
const statuses = ['en_vigueur', 'brouillon', 'en_vigueur', 'obsolete'] as const;
const isCurrent = (document: QualityDocument) => document.status !== 'obsolete';

describe('documents.page: the register keyset-paged, current documents by default, with its counts', () => {
  let backend: TestBackend;
  let owners: number[];

  beforeAll(async () => {
    backend = await openTestBackend();
    owners = [];
    for (const name of ['Amélie Durand', 'Karim Benali'])
      owners.push((await expectOk<{ id: number }>(backend.api, 'people.create', { name, jobTitle: null })).id);
    // Written straight into the file: 45 documents of every type and status, half of them past their review date.
    const db = new Database(backend.filePath);
    const insert = db.prepare(
      `INSERT INTO documents (reference, title, type, status, owner_id, review_period_months, last_review_date, next_review_due,
         revision, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 12, ?, ?, 0, '2026-11-26T08:00:00Z', '2026-11-26T08:00:00Z')`,
    );
    for (let i = 1; i <= 45; i++) {
      const type = documentTypes[i % documentTypes.length] ?? 'autre';
      const status = statuses[i % statuses.length] ?? 'brouillon';
      const inForce = status === 'en_vigueur';
      insert.run(
        `DOC-P-${String(i).padStart(3, '0')}`,
        i % 3 === 0 ? `Procédure d’accueil ${i}` : `Consigne de sécurité ${i}`,
        type,
        status,
        owners[i % 2],
        inForce ? day(-400 + i * 10) : null,
        inForce ? day(-35 + i * 10) : null,
      );
    }
    db.close();
  });
  afterAll(() => backend.close());

  const walk = async (query: Record<string, unknown>): Promise<{ ids: number[]; pages: DocumentPage[] }> => {
    const pages: DocumentPage[] = [];
    let after: DocumentPage['next'] = null;
    do {
      const page: DocumentPage = await expectOk<DocumentPage>(backend.api, 'documents.page', { ...query, ...(after ? { after } : {}) });
      pages.push(page);
      after = page.next;
    } while (after !== null && pages.length < 100);
    return { ids: pages.flatMap((page) => page.items.map((item) => item.id)), pages };
  };

  it('answers the documents in force or in draft by default, in the register’s order, with the counts', async () => {
    const all = await expectOk<QualityDocument[]>(backend.api, 'documents.list', {});
    expect(all).toHaveLength(45);
    const current = all.filter(isCurrent);
    const page = await expectOk<DocumentPage>(backend.api, 'documents.page', {});
    expect(page.items.map((document) => document.id)).toEqual(current.map((document) => document.id));
    expect(page.total).toBe(current.length);
    expect(page.openTotal).toBe(current.length);
    expect(page.allTotal).toBe(45);
    expect(page.next).toBeNull();
    const everything = await expectOk<DocumentPage>(backend.api, 'documents.page', { scope: 'all' });
    expect(everything.items.map((document) => document.id)).toEqual(all.map((document) => document.id));
    expect(everything.total).toBe(45);
    expect(everything.openTotal).toBe(current.length);
    expect(everything.allTotal).toBe(45);
  });

  it('walks every page exactly once, whatever the page size, the scope and the filters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 13 }),
        fc.constantFrom<'open' | 'all'>('open', 'all'),
        fc.record(
          {
            ownerIndex: fc.constantFrom(0, 1),
            status: fc.constantFrom('brouillon', 'en_vigueur', 'obsolete'),
            overdueOnly: fc.constant(true),
            search: fc.constantFrom('accueil', 'sécurité'),
          },
          { requiredKeys: [] },
        ),
        async (limit, scope, { ownerIndex, ...rest }) => {
          const filter = { ...rest, ...(ownerIndex === undefined ? {} : { ownerId: owners[ownerIndex] }) };
          const whole = (await expectOk<QualityDocument[]>(backend.api, 'documents.list', filter)).filter(
            (document) => scope === 'all' || isCurrent(document),
          );
          const { ids, pages } = await walk({ ...filter, scope, limit });
          expect(ids).toEqual(whole.map((document) => document.id));
          expect(new Set(ids).size).toBe(ids.length);
          for (const page of pages) {
            expect(page.items.length).toBeLessThanOrEqual(limit);
            expect(page.total).toBe(whole.length);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('filters in SQL: the overdue documents as of the session’s day, the search, and counts that follow them', async () => {
    const overdue = await expectOk<DocumentPage>(backend.api, 'documents.page', { overdueOnly: true, scope: 'all' });
    expect(overdue.items.length).toBeGreaterThan(0);
    for (const document of overdue.items) {
      expect(document.status).toBe('en_vigueur');
      expect(document.nextReviewDue! < '2026-11-26').toBe(true);
    }
    const welcome = await expectOk<DocumentPage>(backend.api, 'documents.page', { search: 'accueil', scope: 'all' });
    expect(welcome.total).toBe(15);
    expect(welcome.items.every((document) => document.title.startsWith('Procédure d’accueil'))).toBe(true);
    expect(welcome.openTotal).toBe(welcome.items.filter(isCurrent).length);
  });

  it('refuses a page size or a cursor out of range in French, and answers nothing', async () => {
    const refused = await backend.api.invoke('documents.page', { limit: 0 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { limit: 'Au moins 1 ligne.' } } });
    const badCursor = await backend.api.invoke('documents.page', { after: { type: 'roman', reference: 'X-1' } });
    expect(badCursor).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'after.type': 'Choisissez un type de document.' } },
    });
  });
});

import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NonconformityPage, NonconformitySummary } from '../../shared/schemas/nonconformities';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

const day = (offset: number): string => new Date(Date.UTC(2026, 10, 26) + offset * 86_400_000).toISOString().slice(0, 10);
const statuses = ['a_traiter', 'close', 'en_analyse', 'close', 'actions_en_cours', 'verification', 'close'] as const;

describe('nonconformities.page: the register keyset-paged, open NCs by default, with its counts', () => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await openTestBackend();
    // Written straight into the file: 35 NCs, several detected the same day, so the cursor's id matters.
    const db = new Database(backend.filePath);
    const insert = db.prepare(
      `INSERT INTO nonconformities (reference, source, detected_on, description, severity, status, closed_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'mineure', ?, ?, '2026-11-26T08:00:00Z', '2026-11-26T08:00:00Z')`,
    );
    for (let i = 1; i <= 35; i++) {
      const status = statuses[i % statuses.length] ?? 'a_traiter';
      insert.run(
        `NC-P-${i}`,
        i % 3 === 0 ? 'autre' : 'quotidien',
        day(-200 + (i % 9) * 20),
        `Écart ${i}`,
        status,
        status === 'close' ? day(-5) : null,
      );
    }
    db.close();
  });
  afterAll(() => backend.close());

  it('answers the NCs not closed by default, newest first, with the counts', async () => {
    const all = await expectOk<NonconformitySummary[]>(backend.api, 'nonconformities.list', {});
    const open = all.filter((nc) => nc.status !== 'close');
    const page = await expectOk<NonconformityPage>(backend.api, 'nonconformities.page', {});
    expect(page.items.map((nc) => nc.id)).toEqual(open.map((nc) => nc.id));
    expect(page.total).toBe(open.length);
    expect(page.openTotal).toBe(open.length);
    expect((await expectOk<NonconformityPage>(backend.api, 'nonconformities.page', { scope: 'all' })).total).toBe(35);
  });

  it('walks every page without a gap or a repeat, whatever the page size and the filters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom<'open' | 'all'>('open', 'all'),
        fc.option(fc.constantFrom<'autre' | 'quotidien'>('autre', 'quotidien'), { nil: undefined }),
        async (limit, scope, source) => {
          const filter = source === undefined ? {} : { source };
          const whole = (await expectOk<NonconformitySummary[]>(backend.api, 'nonconformities.list', filter)).filter(
            (nc) => scope === 'all' || nc.status !== 'close',
          );
          const ids: number[] = [];
          let after: NonconformityPage['next'] = null;
          do {
            const page: NonconformityPage = await expectOk<NonconformityPage>(backend.api, 'nonconformities.page', {
              ...filter,
              scope,
              limit,
              ...(after ? { after } : {}),
            });
            expect(page.items.length).toBeLessThanOrEqual(limit);
            expect(page.total).toBe(whole.length);
            ids.push(...page.items.map((nc) => nc.id));
            after = page.next;
          } while (after !== null && ids.length <= 40);
          expect(ids).toEqual(whole.map((nc) => nc.id));
        },
      ),
      { numRuns: 25 },
    );
  });
});

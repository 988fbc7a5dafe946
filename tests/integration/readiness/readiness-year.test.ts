import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Readiness } from '../../../shared/schemas/readiness';
import { expectOk, type TestBackend } from '../../helpers/backend';
import { openPackBackend } from '../../helpers/packBackend';
import { makeReady, READY_ON, type Planted } from '../../helpers/readinessFixture';
import { PLANTED_OMISSIONS, plantProblems } from '../../helpers/readinessPlants';
import { asPrinted, foundAsPlanted, itemsOf, pdfText, sortedPlants } from '../../helpers/readinessResults';
import { buildYearFile } from '../../helpers/yearFixture';

describe('« Prêt pour l’audit ? » on a realistic year, ready and with one planted problem of each kind', { timeout: 180_000 }, () => {
  let clean: TestBackend;
  let planted: TestBackend;
  let expected: Planted[];

  beforeAll(async () => {
    clean = await openPackBackend();
    await makeReady(clean, await buildYearFile(clean));
    planted = await openPackBackend();
    const year = await buildYearFile(planted);
    await makeReady(planted, year, PLANTED_OMISSIONS);
    expected = await plantProblems(planted, year);
    // Sève refuses to close an NC without its cause and a conclusive check; a file kept by an older
    // version, or changed with a SQLite tool, may still hold one: it is written here as such.
    const nc = await expectOk<{ id: number; revision: number }>(planted.api, 'nonconformities.create', {
      source: 'quotidien',
      detectedOn: '2026-06-01',
      detectedById: year.people.karim.id,
      processId: null,
      requirementIds: [],
      description: 'Un salarié est parti en mission sans ses équipements.',
      severity: 'mineure',
    });
    const db = new Database(planted.filePath);
    db.prepare("UPDATE nonconformities SET status = 'close', closed_on = '2026-07-01' WHERE id = ?").run(nc.id);
    db.close();
    expected.push({ ruleId: 'nonconformity-closed-without-proof', requirement: '10.2', link: `/non-conformites/${nc.id}` });
  });
  afterAll(() => {
    clean?.close();
    planted?.close();
  });

  it('finds nothing in the ready file, and counts nothing', async () => {
    const readiness = await expectOk<Readiness>(clean.api, 'readiness.check', { date: READY_ON });
    expect(itemsOf(readiness).map((item) => `${item.ruleId} ${item.what}`)).toEqual([]);
    expect(readiness.figure).toEqual({ majeure: 0, mineure: 0, sensible: 0 });
    expect(readiness.lastBodyAudit?.reference).toBe('AUD-2026-01');
  });

  it('lists exactly the planted problems, each under its requirement with the button to where it is fixed', async () => {
    const readiness = await expectOk<Readiness>(planted.api, 'readiness.check', { date: READY_ON });
    expect(foundAsPlanted(readiness)).toEqual(sortedPlants(expected));
    expect(readiness.figure.majeure + readiness.figure.mineure + readiness.figure.sensible).toBe(expected.length);
    expect(readiness.groups.map((group) => group.requirement.number)).toEqual([
      ...new Set(readiness.groups.map((g) => g.requirement.number)),
    ]);
  });

  it('tells where the structure stood on the body’s last audit, and runs in well under 200 ms', async () => {
    const started = performance.now();
    const readiness = await expectOk<Readiness>(planted.api, 'readiness.check', { date: READY_ON });
    expect(performance.now() - started).toBeLessThan(200);
    expect(readiness.before).not.toBeNull();
    expect(readiness.asOf).toBe(READY_ON);
  });

  it('prints the same items in the PDF, and as the pack’s opening section when asked', async () => {
    const readiness = await expectOk<Readiness>(planted.api, 'readiness.check', { date: READY_ON });
    const { jobId } = await expectOk<{ jobId: string }>(planted.api, 'readiness.startPdf', { date: READY_ON });
    const text = await pdfText(planted, jobId);
    for (const group of readiness.groups) expect(text).toContain(`§ ${group.requirement.number}`);
    for (const item of itemsOf(readiness)) expect(text, item.ruleId).toContain(asPrinted(item.what));
    expect(text).toContain(`${readiness.figure.mineure} NC mineure probable(s)`);

    const pack = await expectOk<{ jobId: string }>(planted.api, 'pack.start', {
      date: READY_ON,
      referentialId: null,
      scope: { kind: 'all' },
      sections: ['readiness', 'summary'],
    });
    const packText = await pdfText(planted, pack.jobId);
    expect(packText).toContain('État de préparation de l’audit');
    for (const item of itemsOf(readiness).filter((i) => i.ruleId !== 'backup-old'))
      expect(packText, item.ruleId).toContain(asPrinted(item.what));
  });
});

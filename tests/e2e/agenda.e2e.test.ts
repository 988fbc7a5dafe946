import { openE2eSession, type E2eSession } from './support/session';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { type BrowserModeServer } from './support/browserMode';
import { dayFromToday } from './support/today';

describe('"À faire" in browser mode', () => {
  let dbPath: string;
  let server: BrowserModeServer;
  let page: Page;
  let pageErrors: string[] = [];
  let session: E2eSession;

  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const response = await fetch(`${server.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: boolean; value: T };
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result)}`);
    return result.value;
  };
  const group = (name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });
  const exportIcs = async (): Promise<string> => {
    const saving = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter vers mon agenda (.ics)' }).click();
    return fs.readFileSync((await (await saving).path()) ?? '', 'utf8');
  };

  beforeAll(async () => {
    session = await openE2eSession({ name: 'agenda', page: { acceptDownloads: true }, goto: false });
    ({ dbPath, server, page, pageErrors } = session);
    const amelie = (await call<{ id: number }>('people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' })).id;
    const karim = (await call<{ id: number }>('people.create', { name: 'Karim Benali', jobTitle: 'Directeur' })).id;
    // A document whose yearly review was due yesterday.
    await call('documents.create', {
      title: 'Traitement des réclamations',
      type: 'procedure',
      initialStatus: 'en_vigueur',
      processId: null,
      ownerId: amelie,
      reviewPeriodMonths: 12,
      effectiveDate: dayFromToday(-366).iso,
      approvedById: null,
      approvedOn: null,
    });
    // A nonconformity with an action due in 3 days (Karim's) and an effectiveness check in 20 days.
    const nc = await call<{ id: number }>('nonconformities.create', {
      source: 'quotidien',
      detectedOn: dayFromToday(-2).iso,
      detectedById: amelie,
      processId: null,
      requirementIds: [],
      description: 'Une réclamation est restée sans réponse.',
      severity: 'mineure',
    });
    // The records' clock stamps, on the pinned day like everything else in this file.
    const ts = `${dayFromToday(0).iso}T09:00:00.000Z`;
    const db = new Database(dbPath);
    db.prepare(
      "INSERT INTO actions (reference, source, nonconformity_id, type, description, owner_id, due_date, status, created_at, updated_at) VALUES ('ACT-E2E-1', 'nonconformite', ?, 'corrective', 'Relancer les clients sans réponse', ?, ?, 'a_faire', ?, ?)",
    ).run(nc.id, karim, dayFromToday(3).iso, ts, ts);
    db.prepare(
      "INSERT INTO effectiveness_checks (nonconformity_id, planned_on, criterion, created_at, updated_at) VALUES (?, ?, 'Aucune réclamation sans réponse', ?, ?)",
    ).run(nc.id, dayFromToday(20).iso, ts, ts);
    db.close();
    await call('audits.create', {
      type: 'surveillance',
      certificationId: null,
      title: null,
      startDate: dayFromToday(60).iso,
      endDate: dayFromToday(60).iso,
      status: 'planifie',
      leadAuditor: { personId: null, externalName: 'AFNOR' },
      auditors: [],
      auditeeIds: [],
      processIds: [],
      requirementIds: [],
      notes: null,
    });
    await page.goto(server.url);
  });

  afterAll(() => session?.close());

  it('opens on "À faire" with each obligation in its group and its days', async () => {
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'À faire' }).isVisible()).toBe(true);
    await expect.poll(() => group('En retard').textContent()).toContain('Revoir le document PR-001');
    expect(await group('En retard').textContent()).toContain('en retard de 1 jour');
    expect(await group('Cette semaine').textContent()).toMatch(
      /Action ACT-E2E-1 — Relancer les clients sans réponse.*Karim Benali.*dans 3 jours/,
    );
    const later = (await group('Plus tard').textContent()) ?? '';
    expect(later).toMatch(/Vérifier l’efficacité.*dans 20 jours/);
    expect(later).toMatch(/Surveillance — audit AUD-\d{4}-01.*dans 60 jours/);
    expect(await page.getByRole('region', { name: 'En bref' }).textContent()).toContain('dans 60 jours');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows my tasks once I say who I am (the same "Qui êtes-vous ?" that names the author), and apart what nobody is responsible for', async () => {
    // Before « Qui êtes-vous ? », « Mes tâches » cannot be ticked and says why.
    expect(await page.getByRole('checkbox', { name: 'Mes tâches' }).isDisabled()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Mes tâches' }).isChecked()).toBe(false);
    expect(await page.getByText('Dites d’abord qui vous êtes').isVisible()).toBe(true);
    expect(await group('Sans responsable').count()).toBe(0);
    const question = page.getByRole('region', { name: 'Qui êtes-vous ?' });
    await question.getByRole('button', { name: 'Je suis' }).click();
    await page.getByRole('option', { name: /^Karim Benali/ }).click();
    await question.getByRole('button', { name: 'C’est moi' }).click();
    await expect.poll(() => page.getByRole('button', { name: /Vous : Karim Benali/ }).count()).toBe(1);
    expect(await question.count()).toBe(0);
    await page.locator('label').filter({ hasText: 'Mes tâches' }).click();
    await expect.poll(() => group('En retard').textContent()).toContain('(0 échéance)');
    expect(await group('Cette semaine').textContent()).toContain('ACT-E2E-1');
    expect(await group('Plus tard').textContent()).toContain('(0 échéance)');
    // The external audit (its auditor is the body's) and the effectiveness check name nobody: they fall to the quality lead.
    const unassigned = (await group('Sans responsable').textContent()) ?? '';
    expect(unassigned).toContain('(3 échéances)');
    expect(unassigned).toMatch(/Vérifier l’efficacité/);
    expect(unassigned).toMatch(/Préparer l’audit AUD-\d{4}-01/);
    expect(unassigned).toMatch(/Surveillance — audit AUD-\d{4}-01/);
    expect(unassigned).not.toContain('PR-001');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('label').filter({ hasText: 'Mes tâches' }).click();
    await expect.poll(() => group('En retard').textContent()).toContain('PR-001');
    expect(await group('Sans responsable').count()).toBe(0);
  });

  it('shows the same items on the month grid', async () => {
    await page.getByRole('radio', { name: 'Calendrier' }).click();
    const grid = page.getByRole('table').first();
    await expect.poll(() => grid.textContent()).toContain('aujourd’hui');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Liste' }).click();
  });

  it('exports an .ics a real parser reads, with the same UIDs on a second export', async () => {
    const first = await exportIcs();
    const events = new ICAL.Component(ICAL.parse(first)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.summary)).toEqual(
      expect.arrayContaining([expect.stringContaining('Revoir le document PR-001'), expect.stringContaining('Action ACT-E2E-1')]),
    );
    const action = events.find((event) => event.summary.includes('ACT-E2E-1'));
    expect(action?.startDate.toString()).toBe(dayFromToday(3).iso);
    expect(action?.startDate.isDate).toBe(true);
    const uids = (text: string) =>
      new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((component) => component.getFirstPropertyValue('uid'));
    expect(uids(await exportIcs())).toEqual(uids(first));
  });

  it('reminds in a banner what is late or due this week, unless turned off on this computer', async () => {
    const banner = page.getByRole('complementary', { name: 'Rappel' });
    await expect.poll(() => banner.textContent()).toContain('1 échéance(s) en retard et 1 cette semaine');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Structure', exact: true }).click();
    const setting = page.locator('label').filter({ hasText: 'Me rappeler ce qui est en retard' });
    await setting.click();
    await expect.poll(() => banner.count()).toBe(0);
    await setting.click();
    await expect.poll(() => banner.count()).toBe(1);
    await banner.getByRole('button', { name: 'Masquer jusqu’à demain' }).click();
    await expect.poll(() => banner.count()).toBe(0);
  });

  it('logs no page errors or CSP violations', () => {
    expect(pageErrors).toEqual([]);
  });
});

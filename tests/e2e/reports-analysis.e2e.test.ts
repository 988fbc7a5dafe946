import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { callApi } from './support/api';
import { startBrowserMode, type BrowserModeServer } from './support/browserMode';
import { launchChromium } from './support/chromium';
import { dayFromToday } from './support/today';
import { choose, dialog, pickRecord, typeDate } from './support/ui';

/**
 * What the evidence pack prints beyond the registers of old, typed in the screens: an internal
 * audit's report and the auditee's acknowledgement, a réclamation's analysis, the structure's scope
 * and sites. Dates derive from the day browser mode was started on (`--today`).
 */
describe('internal audit reports, réclamations’ analysis and the structure’s scope in browser mode', () => {
  let dir: string;
  let server: BrowserModeServer;
  let browser: Browser;
  let page: Page;
  let audit: { id: number; reference: string };
  let complaint: { id: number; reference: string };
  let action: { id: number; reference: string };
  const pageErrors: string[] = [];
  const day = (days: number) => dayFromToday(days);
  const noViolations = async () => expect(await accessibilityViolations(page)).toEqual([]);
  const notice = (text: string) => expect.poll(() => page.getByRole('status').filter({ hasText: text }).count()).toBeGreaterThan(0);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-reports-'));
    server = await startBrowserMode(path.join(dir, 'qualite.sqlite'));
    const sophie = await callApi<{ id: number }>(server, 'people.create', { name: 'Sophie Lefèvre', jobTitle: 'CIP' });
    const karim = await callApi<{ id: number }>(server, 'people.create', { name: 'Karim Benali', jobTitle: 'Directeur' });
    audit = await callApi(server, 'audits.create', {
      type: 'interne',
      certificationId: null,
      title: 'Audit de l’accueil',
      startDate: day(-10).iso,
      endDate: day(-10).iso,
      status: 'realise',
      leadAuditor: { personId: karim.id, externalName: null },
      auditors: [],
      auditeeIds: [sophie.id],
      processIds: [],
      requirementIds: [],
      notes: null,
    });
    action = await callApi(server, 'actions.create', {
      origin: { source: 'autre', note: 'Réclamation' },
      fields: {
        openedOn: day(-5).iso,
        type: 'corrective',
        description: 'Fixer une date butoir de commande.',
        ownerId: karim.id,
        processId: null,
        dueDate: day(20).iso,
        evidenceNotes: null,
      },
    });
    complaint = await callApi(server, 'complaints.create', {
      complainantKind: 'client',
      complainant: 'Mairie de Saint-Aubin',
      receivedOn: day(-8).iso,
      channel: 'courriel',
      subject: 'Planning transmis la veille.',
      processId: null,
      handledById: null,
      responseDue: day(6).iso,
      respondedOn: null,
      response: null,
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR' });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('completes an internal audit’s report, refuses an acknowledgement dated before the audit, then records it', async () => {
    await page.goto(`${server.url}#/audits/${audit.id}`);
    const section = page.getByRole('region', { name: 'Rapport d’audit interne' });
    await expect.poll(() => section.textContent()).toContain('Pas encore validé par un audité');
    await section.getByRole('button', { name: 'Compléter le rapport' }).click();
    await dialog(page).getByRole('textbox', { name: 'Objectifs de l’audit' }).fill('Vérifier que l’accueil suit la procédure.');
    await dialog(page).getByRole('textbox', { name: 'Critères d’audit' }).fill('ISO 9001 § 8.2 ; procédure PR-001.');
    await dialog(page).getByRole('textbox', { name: 'Conclusion' }).fill('Processus maîtrisé.');
    await choose(dialog(page), page, 'Validé par (audité)', 'Sophie Lefèvre');
    await typeDate(dialog(page), page, 'Validé le', day(-11).typed);
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => dialog(page).textContent()).toContain('ne peut pas précéder la fin de l’audit');
    await typeDate(dialog(page), page, 'Validé le', day(-2).typed);
    await dialog(page).getByRole('button', { name: 'Enregistrer' }).click();
    await notice('Rapport enregistré.');
    await expect.poll(() => page.getByTestId('audit-signed-off').textContent()).toContain('Sophie Lefèvre');
    expect(await section.textContent()).toContain('Processus maîtrisé.');
    await noViolations();
    expect(pageErrors).toEqual([]);
  });

  it('analyses a réclamation (founded, its cause, the action that answers it) and shows it in the register', async () => {
    await page.goto(`${server.url}#/reclamations/${complaint.id}`);
    await expect.poll(() => page.getByTestId('complaint-analysis').textContent()).toBe('À analyser');
    await page.getByRole('button', { name: 'Modifier' }).click();
    await choose(dialog(page), page, 'Fondée ?', 'Fondée');
    await typeDate(dialog(page), page, 'Analysée le', day(-7).typed);
    await dialog(page).getByRole('textbox', { name: 'Cause' }).fill('Les commandes ne sont confirmées que la veille.');
    await pickRecord(dialog(page), page, 'Action liée', 'butoir commande', action.reference);
    expect(await dialog(page).getByRole('list', { name: 'Action liée' }).textContent()).toContain('Fixer une date butoir de commande.');
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => page.getByTestId('complaint-analysis').textContent()).toMatch(/^Fondée le /);
    expect(await page.getByRole('link', { name: new RegExp(action.reference) }).count()).toBe(1);
    await page.goto(`${server.url}#/reclamations`);
    const row = page.getByRole('row').filter({ hasText: complaint.reference });
    await expect.poll(() => row.textContent()).toContain('Fondée');
    expect(await row.textContent()).toContain(action.reference);
    await noViolations();
    expect(pageErrors).toEqual([]);
  });

  it('records the structure’s scope and sites', async () => {
    await page.goto(`${server.url}#/structure`);
    await page
      .getByRole('textbox', { name: 'Domaine d’application du système qualité' })
      .fill('Mise à disposition de salariés en insertion.');
    await page.getByRole('textbox', { name: 'Sites' }).fill('Angers\nTrélazé');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await notice('Réglages de la structure enregistrés.');
    const organisation = await callApi<{ scopeStatement: string | null; sites: string | null }>(server, 'organisation.get', {});
    expect(organisation).toMatchObject({ scopeStatement: 'Mise à disposition de salariés en insertion.', sites: 'Angers\nTrélazé' });
    await noViolations();
    expect(pageErrors).toEqual([]);
  });
});

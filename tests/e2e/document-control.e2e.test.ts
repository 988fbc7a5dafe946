import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { startBrowserMode, type BrowserModeServer } from './support/browserMode';
import { launchChromium } from './support/chromium';
import { dayFromToday } from './support/today';
import { choose, dialog, typeDate } from './support/ui';

const TITLE = 'Traitement des réclamations';
const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
// Stand-ins for a Word file and a PDF: their bytes, not their format, are what must survive.
const docx = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), crypto.randomBytes(48_000)]);
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), crypto.randomBytes(30_000)]);

describe('document control in browser mode: versions, files, approval, review, reads, search', () => {
  let dir: string;
  let server: BrowserModeServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const today = dayFromToday(0);

  const call = async (method: string, input: unknown) => {
    const response = await fetch(`${server.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: boolean; value: unknown };
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result)}`);
    return result.value;
  };
  const notice = (text: string) => expect.poll(() => page.getByRole('status').filter({ hasText: text }).isVisible()).toBe(true);
  const version = (indice: string) => page.getByRole('article', { name: `Version ${indice}` });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-control-'));
    server = await startBrowserMode(path.join(dir, 'qualite.sqlite'));
    await call('people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' });
    await call('people.create', { name: 'Karim Benali', jobTitle: 'Directeur' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR' });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates a draft procedure and writes its version 1', async () => {
    await page.getByRole('link', { name: 'Documents', exact: true }).click();
    await page.getByRole('link', { name: 'Nouveau document' }).click();
    await page.getByRole('textbox', { name: 'Titre' }).fill(TITLE);
    await page.getByRole('button', { name: 'Créer' }).click();
    await notice('Document PR-001 créé.');
    expect(await version('1').textContent()).toContain('Brouillon');

    await version('1').getByRole('button', { name: 'Soumettre pour approbation' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'ne peut pas encore être soumise' }).isVisible()).toBe(true);

    await version('1').getByRole('button', { name: 'Modifier le brouillon' }).click();
    await dialog(page)
      .getByRole('textbox', { name: 'Résumé des modifications' })
      .fill('Création : délai de réponse de 15 jours aux réclamations.');
    await choose(dialog(page), page, 'Rédigé par', 'Amélie Durand');
    await dialog(page).getByRole('button', { name: 'Enregistrer' }).click();
    await notice('Version 1 enregistrée.');

    const chooser = page.waitForEvent('filechooser');
    await version('1').getByRole('button', { name: 'Ajouter des fichiers' }).click();
    await (
      await chooser
    ).setFiles([
      {
        name: 'Procédure réclamations.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: docx,
      },
      { name: 'Procédure réclamations.pdf', mimeType: 'application/pdf', buffer: pdf },
    ]);
    await expect.poll(() => version('1').getByRole('cell', { name: 'Procédure réclamations.pdf', exact: true }).isVisible()).toBe(true);
    await expect.poll(() => version('1').getByRole('cell', { name: 'Procédure réclamations.docx', exact: true }).isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('submits and approves version 1: the document is in force', async () => {
    await version('1').getByRole('button', { name: 'Soumettre pour approbation' }).click();
    await notice('Version 1 soumise pour approbation.');
    await version('1').getByRole('button', { name: 'Approuver' }).click();
    // The first approval: no version is in force, so none becomes obsolete; this one comes into force.
    const first = (await dialog(page).textContent()) ?? '';
    expect(first).toContain('Aucune version n’est en vigueur : une fois approuvée, celle-ci deviendra la version en vigueur du document.');
    expect(first).not.toContain('obsolète');
    await dialog(page).getByRole('button', { name: 'Approuver' }).click();
    await expect.poll(() => dialog(page).getByText('Indiquez qui approuve cette version.').isVisible()).toBe(true);
    await choose(dialog(page), page, 'Approuvé par', 'Karim Benali');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog(page).getByRole('button', { name: 'Approuver' }).click();
    await notice('Version 1 approuvée : elle est en vigueur.');
    expect(await version('1').textContent()).toContain('En vigueur');
    expect(await version('1').textContent()).toContain('Karim Benali');
  });

  it('records the reading of version 1 by one person and lists who has not read it', async () => {
    const reads = page.getByRole('region', { name: 'Émargement de la version en vigueur' });
    await reads.locator('label').filter({ hasText: 'Amélie Durand' }).click();
    expect(await reads.getByRole('checkbox', { name: 'Amélie Durand' }).isChecked()).toBe(true);
    await reads.getByRole('button', { name: 'Enregistrer l’émargement' }).click();
    await notice('1 émargement enregistré.');
    expect(await reads.textContent()).toMatch(/Amélie Durand — Lu le/);
    expect(await reads.getByRole('checkbox', { name: 'Karim Benali' }).isVisible()).toBe(true);
  });

  it('records a review "à réviser", which opens version 2 as a draft', async () => {
    await page.getByRole('button', { name: 'Enregistrer une revue' }).click();
    await choose(dialog(page), page, 'Revue faite par', 'Amélie Durand');
    await choose(dialog(page), page, 'Conclusion', 'À réviser');
    await dialog(page).getByRole('textbox', { name: 'Motif / commentaire' }).fill('Ajouter le registre des réclamations.');
    await dialog(page).getByRole('button', { name: 'Enregistrer une revue' }).click();
    await notice('Revue enregistrée.');
    const log = page.getByRole('table', { name: 'Journal des revues' });
    expect(await log.textContent()).toContain('À réviser (brouillon 2 ouvert)');
    expect(await version('2').textContent()).toContain('Brouillon');
  });

  it('writes, submits and approves version 2: version 1 becomes obsolete', async () => {
    await version('2').getByRole('button', { name: 'Modifier le brouillon' }).click();
    await dialog(page)
      .getByRole('textbox', { name: 'Résumé des modifications' })
      .fill('Ajout du registre des réclamations et de l’analyse préalable.');
    await choose(dialog(page), page, 'Rédigé par', 'Amélie Durand');
    await dialog(page).getByRole('button', { name: 'Enregistrer' }).click();
    await notice('Version 2 enregistrée.');
    await version('2').getByRole('button', { name: 'Soumettre pour approbation' }).click();
    await notice('Version 2 soumise pour approbation.');
    await version('2').getByRole('button', { name: 'Approuver' }).click();
    expect(await dialog(page).textContent()).toContain('La version 1, en vigueur aujourd’hui, deviendra obsolète : celle-ci la remplace.');
    await choose(dialog(page), page, 'Approuvé par', 'Karim Benali');
    await typeDate(dialog(page), page, 'Date d’application', today.typed);
    await dialog(page).getByRole('button', { name: 'Approuver' }).click();
    await notice('Version 2 approuvée : elle est en vigueur.');

    expect(await version('2').textContent()).toContain('En vigueur');
    expect(await version('1').textContent()).toContain('Obsolète — Remplacée');
    expect(await version('1').textContent()).toContain('Remplacée par la version 2.');
  });

  it('downloads the file attached to version 1 byte-identical, and keeps it frozen', async () => {
    const saving = page.waitForEvent('download');
    await version('1').getByRole('button', { name: 'Télécharger Procédure réclamations.docx' }).click();
    const saved = await saving;
    expect(saved.suggestedFilename()).toBe('Procédure réclamations.docx');
    expect(sha256(fs.readFileSync((await saved.path()) ?? ''))).toBe(sha256(docx));
    expect(await version('1').getByRole('button', { name: 'Ajouter des fichiers' }).count()).toBe(0);
    expect(
      await version('1')
        .getByRole('button', { name: /^Retirer Procédure/ })
        .count(),
    ).toBe(0);
  });

  it('shows every step on the timeline with names', async () => {
    const timeline = page.getByRole('region', { name: 'Historique des modifications' });
    const text = (await timeline.textContent()) ?? '';
    for (const step of [
      'Création',
      'Brouillon modifié',
      'Version soumise pour approbation',
      'Version approuvée, en vigueur',
      'Émargement',
      'Revue périodique',
      'Version rendue obsolète',
    ]) {
      expect(text).toContain(step);
    }
    expect(text).toContain('Karim Benali');
    expect(text).toContain('Amélie Durand');
  });

  it('finds the document with Ctrl+K by a word of a change summary typed without accents', async () => {
    await page.keyboard.press('Control+k');
    await dialog(page).getByRole('searchbox').fill('prealable');
    const hit = dialog(page).getByRole('option', { name: /PR-001/ });
    await expect.poll(() => hit.isVisible()).toBe(true);
    expect(await hit.textContent()).toContain('«préalable»');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`PR-001 ${TITLE}`);
  });

  it('logs no page errors or CSP violations', () => {
    expect(pageErrors).toEqual([]);
  });
});

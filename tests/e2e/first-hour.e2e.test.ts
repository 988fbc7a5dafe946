import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocumentsFolder } from '../helpers/importFolder';
import { flatText, readPdf } from '../helpers/pdf';
import { callApi } from './support/api';
import { accessibilityViolations } from './support/axe';
import { startBrowserMode, type BrowserModeServer } from './support/browserMode';
import { launchChromium } from './support/chromium';

/**
 * The first hour of a new quality lead, in browser mode on an empty file: « Premiers pas », « Qui
 * êtes-vous ? », a process map from a template, the history and a PDF naming the person chosen, a
 * folder of existing documents imported, the guide opened from a screen, then the example file.
 */
describe('the first hour in browser mode', { timeout: 120_000 }, () => {
  let dir: string;
  let server: BrowserModeServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const nav = () => page.getByRole('navigation', { name: 'Navigation principale' });
  const steps = () => page.getByRole('region', { name: 'Premiers pas' });
  const downloadPdf = async (name: string): Promise<string> => {
    const button = page.getByRole('button', { name: 'Télécharger le PDF' });
    await button.waitFor({ timeout: 60_000 });
    const download = page.waitForEvent('download');
    await button.click();
    const target = path.join(dir, name);
    await (await download).saveAs(target);
    return flatText((await readPdf(target)).pages);
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-first-hour-'));
    server = await startBrowserMode(path.join(dir, 'Sève.sqlite'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR', acceptDownloads: true });
    page.setDefaultTimeout(15_000);
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

  it('greets an empty file with « Premiers pas » and asks « Qui êtes-vous ? »', async () => {
    await steps().waitFor();
    expect(await steps().getByRole('listitem').count()).toBe(6);
    expect(await steps().textContent()).toContain('0 sur 6');
    expect(await steps().getByRole('link', { name: 'Donner le nom de la structure' }).count()).toBe(1);
    expect(await page.getByText('Aucune échéance pour l’instant').count()).toBe(1);
    const question = page.getByRole('region', { name: 'Qui êtes-vous ?' });
    expect(await question.textContent()).toContain('L’annuaire de ce fichier est encore vide.');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('names the person who answered as the author of changes, the computer account beside, and on the PDFs', async () => {
    const question = page.getByRole('region', { name: 'Qui êtes-vous ?' });
    await question.getByRole('button', { name: 'Je me présente' }).click();
    await question.getByRole('textbox', { name: 'Nom' }).fill('Amélie Durand');
    await question.getByRole('textbox', { name: 'Fonction' }).fill('Responsable qualité');
    await question.getByRole('button', { name: 'C’est moi : continuer' }).click();
    await page.getByRole('button', { name: 'Vous : Amélie Durand — changer de personne' }).waitFor();
    expect(await question.count()).toBe(0);

    await callApi(server, 'organisation.update', { name: 'AI du Val de Sèvre', indiceScheme: 'numeric' });
    const document = await callApi<{ id: number }>(server, 'documents.create', {
      title: 'Accueil des salariés',
      type: 'procedure',
      processId: null,
      ownerId: null,
      reviewPeriodMonths: 12,
      initialStatus: 'brouillon',
      effectiveDate: null,
      approvedById: null,
      approvedOn: null,
    });
    await page.goto(`${server.url}#/documents/${document.id}`);
    const timeline = page.locator('.timeline__entry').first();
    await timeline.waitFor();
    expect(await timeline.textContent()).toMatch(/par Amélie Durand \(depuis le compte « .+ »\)/);

    await nav().getByRole('link', { name: 'Dossier de preuves' }).click();
    await page.getByRole('button', { name: 'Générer le PDF' }).click();
    const pack = await downloadPdf('dossier.pdf');
    expect(pack).toContain('Produit par Amélie Durand');
  });

  it('makes a process map from a template, edited before it is created', async () => {
    await nav().getByRole('link', { name: 'Processus' }).click();
    await page.getByRole('button', { name: 'Partir d’un modèle de cartographie' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /Type de structure/ }).click();
    await page.getByRole('option', { name: 'Association intermédiaire (AI)' }).click();
    await dialog.getByRole('textbox', { name: 'Nom du processus 2' }).fill('Accueil, diagnostic et recrutement');
    // React Aria hides the native checkbox: a keyboard user's Space is what ticks it here.
    await dialog.getByRole('checkbox', { name: 'Garder « Informatique et documentation »' }).focus();
    await page.keyboard.press('Space');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Créer ces 9 processus' }).click();
    await page.getByText('9 processus créés.').waitFor();
    expect(await page.getByText('Accueil, diagnostic et recrutement').count()).toBe(1);
    expect(await page.getByText('Informatique et documentation').count()).toBe(0);
  });

  it('imports a folder of 40 mixed files: 37 documents, 2 duplicates and 1 unreadable file reported', async () => {
    const made = makeDocumentsFolder(dir, { count: 40, duplicates: 2, unreadable: 1, size: 8192 });
    await nav().getByRole('link', { name: 'Documents' }).click();
    await page.getByRole('link', { name: 'Importer un dossier' }).click();
    await page.getByRole('textbox', { name: 'Dossier sur cet ordinateur' }).fill(made.folder);
    await page.getByRole('button', { name: 'Analyser le dossier' }).click();
    await page.getByRole('heading', { name: '40 fichiers trouvés' }).waitFor();
    expect(await page.getByText(/37 prêt\(s\) à importer, 3 qui ne le seront pas/).count()).toBe(1);
    // A proposal read from the folder: the process "Accueil et recrutement" is not in this map (renamed), so none.
    expect(await page.getByRole('textbox', { name: 'Titre de « Pilotage/Politique qualité 007.pdf »' }).inputValue()).toBe(
      'Politique qualité 007',
    );
    expect(await page.getByRole('checkbox', { name: `Importer « ${made.duplicates[0]} »` }).isDisabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Importer 37 documents' }).click();
    await page.getByRole('heading', { name: 'Compte rendu de l’import' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('heading', { name: '37 documents importés' }).count()).toBe(1);
    const refused = page.getByRole('region', { name: '3 fichiers non importés' });
    const text = (await refused.textContent()) ?? '';
    for (const duplicate of made.duplicates) expect(text).toContain(duplicate);
    expect(text).toMatch(/Doublon : même contenu que « .+ »/);
    expect(text).toContain('Illisible : ce n’est pas un PDF valide');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /^POL-001 — Politique qualité 007$/ }).click();
    await page.getByRole('heading', { level: 1, name: /POL-001/ }).waitFor();
  });

  it('ticks the first steps from the file itself', async () => {
    await nav().getByRole('link', { name: 'À faire', exact: true }).click();
    await steps().waitFor();
    const text = (await steps().textContent()) ?? '';
    expect(text).toContain('3 sur 6');
    expect(text).toMatch(/Fait : Donner le nom de la structure/);
    expect(text).toMatch(/À faire : Ajouter les personnes/);
    await steps().getByRole('button', { name: 'Masquer les premiers pas' }).click();
    await page.getByRole('button', { name: 'Afficher les premiers pas' }).waitFor();
    expect(await steps().count()).toBe(0);
  });

  it('opens the guide at the current screen’s section, and searches it', async () => {
    await nav().getByRole('link', { name: 'Processus' }).click();
    await page.getByRole('link', { name: 'Aide', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Guide d’utilisation' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/aide/processus');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Processus');
    await page.getByRole('searchbox', { name: 'Rechercher dans le guide' }).fill('doublons');
    const results = page.getByRole('status').filter({ hasText: 'ces mots' });
    await results.waitFor();
    expect(await results.getByRole('link', { name: 'Importer un dossier de documents' }).count()).toBe(1);
    expect(await page.locator('img.guide__image').count()).toBeGreaterThan(5);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('opens the example as a file of its own, asks who you are there, and builds its pack', async () => {
    await nav().getByRole('link', { name: 'Fichier et sauvegardes' }).click();
    await page.getByRole('button', { name: 'Découvrir Sève avec un exemple' }).click();
    await page.getByText('Les Jardins de la Sèvre (exemple fictif)').first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('file-path').textContent()).toMatch(/Exemples\/Exemple fictif – Les Jardins de la Sèvre\.sqlite$/);
    // Amélie of the user's file is not a person of the example: Sève asks again.
    await page.getByRole('region', { name: 'Qui êtes-vous ?' }).waitFor();
    await nav().getByRole('link', { name: 'Dossier de preuves' }).click();
    await page.getByRole('button', { name: 'Générer le PDF' }).click();
    const pack = await downloadPdf('exemple.pdf');
    expect(pack).toContain('Les Jardins de la Sèvre (exemple fictif)');
    expect(pack).toContain('Les réclamations reçues ne sont ni toutes enregistrées ni analysées.');
  });

  it('logs no page errors or CSP violations', () => {
    expect(pageErrors).toEqual([]);
  });
});

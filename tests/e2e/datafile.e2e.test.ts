import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChildScript, exited, runChild, type ChildLines } from '../helpers/child';
import { dataChecksum } from '../helpers/checksum';
import { accessibilityViolations } from './support/axe';
import { startBrowserMode, type BrowserModeServer } from './support/browserMode';
import { launchChromium } from './support/chromium';

describe('a file open in another Sève, then other files, in browser mode', () => {
  let dir: string;
  let shared: string;
  let other: ChildLines;
  let server: BrowserModeServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-files-'));
    shared = path.join(dir, 'partage.sqlite');
    // Another Sève process (the real backend) holds the file, as a colleague's window would.
    other = runChild(await bundleChildScript('tests/helpers/children/holder.ts'), [shared]);
    await other.waitFor((line) => line === 'ready');
    server = await startBrowserMode(shared);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR' });
    page.setDefaultTimeout(15_000);
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    other?.child.stdin?.end();
    if (other) await exited(other.child);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('explains that the file is open elsewhere and offers a read-only view, without accessibility violations', async () => {
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Sève ne peut pas ouvrir ce fichier' }).isVisible()).toBe(true);
    expect(await page.getByRole('alert').textContent()).toContain('déjà ouvert dans une autre fenêtre de Sève');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('opens the read-only view: the records are there, a banner says nothing can be changed, nothing is written', async () => {
    const before = dataChecksum(shared);
    await page.getByRole('button', { name: 'Ouvrir en lecture seule' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'lecture seule' }).first().isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Annuaire' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Écrit par l’autre poste' }).first().isVisible()).toBe(true);
    await page.getByRole('textbox', { name: 'Nom' }).fill('Intrus');
    await page.getByRole('button', { name: 'Ajouter' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'lecture seule' }).isVisible()).toBe(true);
    expect(dataChecksum(shared)).toBe(before);
  });

  it('creates a new file from its path, which becomes the open file, and lists the first as recent', async () => {
    const created = path.join(dir, 'Nouvelle structure', 'qualite.sqlite');
    await page.getByRole('link', { name: 'Fichier et sauvegardes' }).click();
    await page.getByRole('button', { name: 'Nouveau fichier…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau fichier de données' });
    await dialog.getByRole('textbox', { name: 'Chemin complet du fichier' }).fill('relatif.sqlite');
    await dialog.getByRole('button', { name: 'Créer et ouvrir' }).click();
    await expect.poll(() => dialog.getByText('Donnez le chemin complet').isVisible()).toBe(true);
    await dialog.getByRole('textbox', { name: 'Chemin complet du fichier' }).fill(created);
    await dialog.getByRole('button', { name: 'Créer et ouvrir' }).click();
    await expect.poll(() => page.getByTestId('file-path').textContent()).toBe(created);
    expect(fs.existsSync(created)).toBe(true);
    await page.getByRole('link', { name: 'Fichier et sauvegardes' }).click();
    await expect.poll(() => page.getByRole('button', { name: `Ouvrir ${shared}` }).isVisible()).toBe(true);
  });
});

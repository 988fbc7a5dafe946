import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedVersion } from '../helpers/fileOwners';
import { readPdf } from '../helpers/pdf';
import { accessibilityViolations } from './support/axe';
import { startBrowserMode, type BrowserModeServer } from './support/browserMode';
import { launchChromium } from './support/chromium';
import { callApi } from './support/api';

describe('the evidence pack wizard in browser mode', () => {
  let dir: string;
  let server: BrowserModeServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-pack-'));
    const dbPath = path.join(dir, 'qualite.sqlite');
    server = await startBrowserMode(dbPath);
    await callApi(server, 'organisation.update', { name: 'Association Élan', indiceScheme: 'numeric' });
    seedVersion(dbPath, 'en_vigueur', 'PR-001');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('generates a pack, shows its progress, and downloads a PDF that pdf.js reads', async () => {
    const page = await browser.newPage({ acceptDownloads: true, locale: 'fr-FR' });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Dossier de preuves' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Dossier de preuves' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    // React Aria hides the native input: the label is what a person clicks.
    await page.getByText('Journal des revues documentaires', { exact: true }).click();
    expect(await page.getByRole('checkbox', { name: 'Journal des revues documentaires' }).isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Générer le PDF' }).click();
    const downloadButton = page.getByRole('button', { name: 'Télécharger le PDF' });
    await downloadButton.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Dossier prêt' }).count()).toBe(1);
    const downloadEvent = page.waitForEvent('download');
    await downloadButton.click();
    const saved = await downloadEvent;
    expect(saved.suggestedFilename()).toMatch(/^Dossier de preuves – Association Élan – \d{4}-\d{2}-\d{2}\.pdf$/);
    const pdfPath = path.join(dir, 'telecharge.pdf');
    await saved.saveAs(pdfPath);
    const pdf = await readPdf(pdfPath);
    expect(pdf.pageCount).toBeGreaterThan(3);
    expect(pdf.outline.map((entry) => entry.title)).toContain('Registre des documents en vigueur');
    expect(pdf.outline.map((entry) => entry.title)).not.toContain('Journal des revues documentaires');
    expect(pdf.pages.join('\n')).toContain('Procédure achats');
    expect(errors).toEqual([]);
    await page.close();
  });
});

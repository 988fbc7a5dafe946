import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dataChecksum } from '../helpers/checksum';
import { sha256 } from '../helpers/files';
import { accessibilityViolations } from './support/axe';
import { startBrowserMode, type BrowserModeServer } from './support/browserMode';
import { launchChromium } from './support/chromium';

/** `PRAGMA application_id` of a Sève file ("SEVE"). */
const SEVE_APPLICATION_ID = 0x53455645;

describe('files Sève refuses or keeps read-only, in browser mode (the real CLI, in Chromium)', () => {
  let dir: string;
  let browser: Browser;
  let server: BrowserModeServer | null = null;
  let page: Page;

  const open = async (dbPath: string): Promise<BrowserModeServer> => {
    server = await startBrowserMode(dbPath);
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR' });
    page.setDefaultTimeout(15_000);
    await page.goto(server.url);
    return server;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-unfit-'));
    browser = await launchChromium();
  });
  afterEach(async () => {
    await page?.close();
    await server?.stop();
    server = null;
  });
  afterAll(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows the error screen in French for a file with Sève’s marks but no tables, and keeps serving', async () => {
    const dbPath = path.join(dir, 'vide.sqlite');
    const db = new Database(dbPath);
    db.pragma(`application_id = ${SEVE_APPLICATION_ID}`);
    db.pragma('user_version = 9');
    db.close();
    const before = sha256(dbPath);
    const running = await open(dbPath);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Sève ne peut pas ouvrir ce fichier' }).isVisible()).toBe(true);
    expect(await page.getByRole('alert').first().textContent()).toMatch(/endommagé .*manque des tables/);
    expect(await accessibilityViolations(page)).toEqual([]);
    const info = await fetch(`${running.origin}/api/app.info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${running.token}` },
      body: '{}',
    });
    expect(await info.json()).toMatchObject({ ok: true, value: { file: { status: 'error', code: 'not_a_seve_file' } } });
    expect(running.output()).not.toMatch(/Erreur inattendue|exited/);
    expect(sha256(dbPath)).toBe(before);
  });

  it('opens a file whose history lost a trigger read-only, says why on every screen, and writes nothing', async () => {
    const dbPath = path.join(dir, 'historique.sqlite');
    // Made by Sève itself, then edited with another SQLite tool.
    const maker = await startBrowserMode(dbPath);
    const created = await fetch(`${maker.origin}/api/people.create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${maker.token}` },
      body: JSON.stringify({ name: 'Amélie Durand', jobTitle: null }),
    });
    expect((await created.json()).ok).toBe(true);
    await maker.stop();
    const db = new Database(dbPath);
    db.exec('DROP TRIGGER history_no_delete');
    db.close();
    const before = dataChecksum(dbPath);
    await open(dbPath);
    await expect.poll(() => page.getByTestId('read-only-reason').isVisible()).toBe(true);
    expect(await page.getByTestId('read-only-reason').textContent()).toMatch(/protection de l’historique .* lecture seule/);
    await page.getByRole('link', { name: 'Annuaire' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Amélie Durand' }).first().isVisible()).toBe(true);
    await page.getByRole('textbox', { name: 'Nom' }).fill('Intrus');
    await page.getByRole('button', { name: 'Ajouter' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Rien n’a été enregistré' }).first().isVisible()).toBe(true);
    expect(await page.getByTestId('read-only-reason').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(dataChecksum(dbPath)).toBe(before);
  });
});

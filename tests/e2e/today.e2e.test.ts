import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/api';
import { startBrowserMode, type BrowserModeServer } from './support/browserMode';
import { launchChromium } from './support/chromium';
import { dayFromToday } from './support/today';

const SUNDAY = '2026-11-29';

/**
 * `npm run browser -- --today` pins the day for the file and the page alike, so that Sève can be
 * tried, and tested, on a chosen day whatever the computer's date. Here a Sunday: French weeks end
 * on it, so the day after is already next week.
 */
describe('browser mode on a chosen day (--today)', () => {
  let dir: string;
  let server: BrowserModeServer;
  let browser: Browser;
  let page: Page;
  const group = (name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-today-'));
    server = await startBrowserMode(path.join(dir, 'qualite.sqlite'), [], SUNDAY);
    const owner = (await callApi<{ id: number }>(server, 'people.create', { name: 'Amélie Durand', jobTitle: null })).id;
    for (const [offset, description] of [
      [0, 'Relancer les clients'],
      [1, 'Mettre à jour le livret'],
    ] as const) {
      await callApi(server, 'actions.create', {
        origin: { source: 'autre', note: 'Groupe qualité' },
        fields: {
          openedOn: dayFromToday(-10, SUNDAY).iso,
          type: 'amelioration',
          description,
          ownerId: owner,
          processId: null,
          dueDate: dayFromToday(offset, SUNDAY).iso,
          evidenceNotes: null,
        },
      });
    }
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR' });
    page.setDefaultTimeout(10_000);
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a day that does not exist, in French, before opening anything', () => {
    const run = spawnSync(
      process.execPath,
      ['dist/node/browser.cjs', '--db', path.join(dir, 'autre.sqlite'), '--no-open', '--today', '2026-02-30'],
      {
        cwd: path.resolve(import.meta.dirname, '../..'),
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Date invalide : « 2026-02-30 »');
    expect(fs.existsSync(path.join(dir, 'autre.sqlite'))).toBe(false);
  });

  it('shows the agenda of that Sunday: due today is this week, due tomorrow is already later in the month', async () => {
    await expect.poll(() => group('Cette semaine').textContent()).toContain('Relancer les clients');
    expect(await group('Ce mois-ci').textContent()).toContain('Mettre à jour le livret');
    expect(await group('Ce mois-ci').textContent()).toContain('dans 1 jour');
  });

  it('keeps the day after a reload, and leaves no parameter in the address', async () => {
    expect(new URL(page.url()).search).toBe('');
    await page.reload();
    await page.getByRole('radio', { name: 'Calendrier' }).click();
    const today = page.getByRole('table').first().locator('.month__day--today');
    await expect.poll(() => today.textContent()).toContain('29');
    expect(await today.textContent()).toContain('aujourd’hui');
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/api';
import { accessibilityViolations } from './support/axe';
import { startBrowserMode, type BrowserModeServer } from './support/browserMode';
import { launchChromium } from './support/chromium';
import { dayFromToday } from './support/today';

/** More open actions than a page holds (200), and a few finished ones due before all of them. */
const OPEN = 210;
const DONE = 5;

describe('the action plan in browser mode reads its register a page at a time, open actions first', () => {
  let dir: string;
  let server: BrowserModeServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-'));
    server = await startBrowserMode(path.join(dir, 'qualite.sqlite'));
    const owner = await callApi<{ id: number }>(server, 'people.create', { name: 'Amélie Durand', jobTitle: null });
    const create = (description: string, due: number) =>
      callApi<{ id: number; revision: number }>(server, 'actions.create', {
        origin: { source: 'autre', note: 'Réunion d’équipe' },
        fields: {
          openedOn: dayFromToday(-400).iso,
          type: 'corrective',
          description,
          ownerId: owner.id,
          processId: null,
          dueDate: dayFromToday(due).iso,
          evidenceNotes: null,
        },
      });
    for (let n = 1; n <= DONE; n += 1) {
      const done = await create(`Action terminée ${n}`, -300 + n);
      await callApi(server, 'actions.move', {
        id: done.id,
        revision: done.revision,
        step: { move: 'complete', doneOn: dayFromToday(-10).iso, evidenceNotes: 'Consigne affichée.' },
      });
    }
    // The first one is long overdue: À faire counts it with the other old ones rather than listing it.
    for (let n = 1; n <= OPEN; n += 1) await create(`Action ouverte ${String(n).padStart(3, '0')}`, n === 1 ? -200 : n - 100);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 700 }, locale: 'fr-FR' });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const plan = () => page.getByRole('region', { name: 'Actions du plan' });
  const rowCount = () => plan().getByRole('table').getAttribute('aria-rowcount');
  const loaded = () => page.getByText(/^Lignes affichées :/);
  const loadMore = () => page.getByRole('button', { name: 'Charger la suite' });
  const openPlan = async (search = '') => {
    await page.goto(`${server.url}#/plan-actions${search}`);
    await plan().waitFor();
  };

  it('shows the open actions first, counted among all, the first page loaded and the rest announced', async () => {
    await openPlan();
    await expect.poll(() => page.getByText(`${OPEN + DONE} actions, dont ${OPEN} ouvertes`, { exact: true }).isVisible()).toBe(true);
    // Every open action is announced to assistive technologies, though only the first page is loaded.
    expect(await rowCount()).toBe(String(OPEN + 1));
    expect(await loaded().textContent()).toBe(`Lignes affichées : 200 sur ${OPEN}`);
    expect(await plan().getByText('Action terminée', { exact: false }).count()).toBe(0);
    expect(await plan().getByText('Action ouverte 001').isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('loads the next page as the table is scrolled near its end', async () => {
    await expect
      .poll(async () => {
        await plan().evaluate((element) => element.scrollTo(0, element.scrollHeight));
        return plan().getByText(`Action ouverte ${OPEN}`).isVisible();
      })
      .toBe(true);
    expect(await loaded().count()).toBe(0);
    expect(await loadMore().count()).toBe(0);
  });

  it('loads the next page with « Charger la suite » from the keyboard', async () => {
    await page.reload();
    await expect.poll(() => loaded().isVisible()).toBe(true);
    await loadMore().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => loadMore().count()).toBe(0);
    await plan().evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect.poll(() => plan().getByText(`Action ouverte ${OPEN}`).isVisible()).toBe(true);
  });

  it('shows the finished actions too once asked, keeps the choice in the address, and forgets it once unticked', async () => {
    const finished = () => page.getByRole('checkbox', { name: 'Afficher aussi les actions terminées' });
    // Ticked from the keyboard, as the filters are meant to be reachable.
    await finished().focus();
    await page.keyboard.press('Space');
    await expect.poll(() => rowCount()).toBe(String(OPEN + DONE + 1));
    expect(page.url()).toContain('terminees=1');
    // Due before every open one, the finished actions come first in the plan's order.
    await expect.poll(() => plan().getByText('Action terminée 1').isVisible()).toBe(true);
    expect(await loaded().textContent()).toBe(`Lignes affichées : 200 sur ${OPEN + DONE}`);
    await page.waitForLoadState('networkidle');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.reload();
    await expect.poll(() => rowCount()).toBe(String(OPEN + DONE + 1));
    expect(await finished().isChecked()).toBe(true);
    await finished().focus();
    await page.keyboard.press('Space');
    await expect.poll(() => rowCount()).toBe(String(OPEN + 1));
    expect(page.url()).not.toContain('terminees');
    expect(await plan().getByText('Action terminée 1').count()).toBe(0);
  });

  it('counts the actions overdue for more than 90 days in À faire, and leads to the plan’s overdue ones', async () => {
    await page.goto(`${server.url}#/a-faire`);
    // Due from 200 to 91 days ago: actions 1 to 9; action 10, due 90 days ago, is still listed.
    await page.getByRole('heading', { name: 'En retard depuis plus de 90 jours (échéances avant le 28 août 2026)' }).waitFor();
    const old = page.getByRole('link', { name: '9 échéances en retard : voir le registre' });
    expect(await old.isVisible()).toBe(true);
    expect(await page.getByText('la plus ancienne le 10 mai 2026').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /Action ouverte 009/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Action ouverte 010/ }).count()).toBe(1);
    await page.waitForLoadState('networkidle');
    expect(await accessibilityViolations(page)).toEqual([]);
    await old.click();
    await plan().waitFor();
    expect(page.url()).toContain('plan-actions?retard=1');
    expect(await page.getByRole('checkbox', { name: 'En retard seulement' }).isChecked()).toBe(true);
  });

  it('picks the action answering a réclamation by searching the plan, though it is not among the first suggestions', async () => {
    const complaint = await callApi<{ id: number; reference: string }>(server, 'complaints.create', {
      complainantKind: 'client',
      complainant: 'Mairie de Saint-Aubin',
      receivedOn: dayFromToday(-8).iso,
      channel: 'courriel',
      subject: 'Planning transmis la veille.',
      processId: null,
      handledById: null,
      responseDue: dayFromToday(6).iso,
      respondedOn: null,
      response: null,
    });
    await page.goto(`${server.url}#/reclamations/${complaint.id}`);
    await page.getByRole('button', { name: 'Modifier' }).click();
    const form = page.getByRole('dialog');
    const picker = form.getByRole('combobox', { name: 'Action liée' });
    // Opened without a word, the picker offers the plan's first 20 actions, not the whole plan.
    // The dialog's fields settle once its lists are read: the key is pressed again until the list is open.
    await expect
      .poll(async () => {
        if ((await picker.getAttribute('aria-expanded')) !== 'true') {
          await picker.focus();
          await page.keyboard.press('ArrowDown');
        }
        return page.getByRole('option').count();
      })
      .toBe(20);
    expect(await page.getByRole('option', { name: /Action ouverte 187/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    // Typed words are searched in the register: the action comes, and is chosen from the keyboard.
    await picker.fill('ouverte 187');
    // Its reference's number or its words: « ACT-2025-187 Action ouverte 182 » answers too.
    await expect.poll(() => page.getByRole('option').count()).toBe(2);
    const offered = await page.getByRole('option').allTextContents();
    const position = offered.findIndex((text) => text.includes('Action ouverte 187 —'));
    expect(position).toBeGreaterThanOrEqual(0);
    for (let step = 0; step <= position; step += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const chosen = form.getByRole('list', { name: 'Action liée' });
    await expect.poll(() => chosen.textContent()).toContain('Action ouverte 187');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.waitFor({ state: 'detached' });
    const actions = await callApi<{ id: number; description: string }[]>(server, 'actions.list', {});
    const answering = actions.find((action) => action.description === 'Action ouverte 187');
    const saved = await callApi<{ action: { id: number } | null }>(server, 'complaints.get', { id: complaint.id });
    expect(saved.action?.id).toBe(answering?.id);
    // Edited again, the form names its action, which the first suggestions still do not hold.
    await page.getByRole('button', { name: 'Modifier' }).click();
    await expect
      .poll(() => page.getByRole('dialog').getByRole('list', { name: 'Action liée' }).textContent())
      .toContain('Action ouverte 187');
    await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();
  });

  it('logs no page errors or CSP violations', () => {
    expect(pageErrors).toEqual([]);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { startBrowserMode, type BrowserModeServer } from './support/browserMode';
import { launchChromium } from './support/chromium';
import { dayFromToday } from './support/today';

const COUNT = 400;
/** Réclamations over the years: a register read whole, drawn a few dozen rows at a time. */
const COMPLAINTS = 150;
/** Fiches d'amélioration: a few a week over the years, all listed for triage. */
const SUGGESTIONS = 160;
/** The directory of a large structure after years of comings and goings. */
const PEOPLE = 150;

describe('a long register in browser mode renders only the rows in view', () => {
  let dir: string;
  let server: BrowserModeServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-'));
    server = await startBrowserMode(path.join(dir, 'qualite.sqlite'));
    const call = async (method: string, input: unknown) => {
      const response = await fetch(`${server.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value?: { id: number } };
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result)}`);
      return result.value;
    };
    for (let n = 1; n <= COUNT; n += 1) {
      await call('documents.create', {
        title: `Formulaire ${String(n).padStart(3, '0')}`,
        type: 'formulaire',
        processId: null,
        ownerId: null,
        reviewPeriodMonths: 12,
        initialStatus: 'brouillon',
        effectiveDate: null,
        approvedById: null,
        approvedOn: null,
      });
    }
    for (let n = 1; n <= COMPLAINTS; n += 1) {
      await call('complaints.create', {
        complainantKind: 'client',
        complainant: null,
        receivedOn: dayFromToday(-COMPLAINTS - 10 + n).iso,
        channel: 'courriel',
        subject: `Réclamation numéro ${n}`,
        processId: null,
        handledById: null,
        responseDue: dayFromToday(-COMPLAINTS + n).iso,
        respondedOn: null,
        response: null,
      });
    }
    const author = await call('people.create', { name: 'Amélie Durand', jobTitle: null });
    for (let n = 1; n <= SUGGESTIONS; n += 1) {
      await call('suggestions.create', {
        authorId: author?.id,
        suggestedOn: dayFromToday(-n).iso,
        kind: n % 2 === 0 ? 'idee' : 'probleme',
        description: `Fiche numéro ${n}`,
        processId: null,
      });
    }
    for (let n = 1; n <= PEOPLE; n += 1) await call('people.create', { name: `Personne ${String(n).padStart(3, '0')}`, jobTitle: null });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'fr-FR' });
    page.setDefaultTimeout(10_000);
    await page.goto(server.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('announces every row, draws a few dozen, and loads and draws the last ones once scrolled to', async () => {
    await page.getByRole('link', { name: 'Documents', exact: true }).click();
    const register = page.getByRole('region', { name: 'Liste des documents' });
    await expect.poll(() => register.getByRole('table').getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    const drawn = () => register.locator('tbody tr[aria-rowindex]').count();
    expect(await drawn()).toBeGreaterThan(5);
    expect(await drawn()).toBeLessThan(80);
    expect(await register.getByText('FO-400').count()).toBe(0);
    // The register comes 200 rows at a time: scrolling to the end asks for the next page, then the end again.
    await expect
      .poll(async () => {
        await register.evaluate((element) => element.scrollTo(0, element.scrollHeight));
        return register.getByRole('link', { name: 'FO-400' }).isVisible();
      })
      .toBe(true);
    expect(await drawn()).toBeLessThan(80);
  });

  /**
   * A register drawn in view only: every row announced, a few dozen drawn, the last (row `rows`)
   * not yet, and nothing for axe. `reachEnd` brings the last row from the keyboard: the table scrolls
   * inside its region, which takes the focus, and « Fin » goes to the end.
   */
  const inViewOnly = async (name: string, rows: number) => {
    const register = page.getByRole('region', { name });
    await expect.poll(() => register.getByRole('table').getAttribute('aria-rowcount')).toBe(String(rows + 1));
    const drawn = () => register.locator('tbody tr[aria-rowindex]').count();
    expect(await drawn()).toBeGreaterThan(5);
    expect(await drawn()).toBeLessThan(60);
    const last = register.locator(`tbody tr[aria-rowindex="${rows + 1}"]`);
    expect(await last.count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    const reachEnd = async () => {
      await register.focus();
      await expect
        .poll(async () => {
          await page.keyboard.press('End');
          return last.count();
        })
        .toBe(1);
      expect(await drawn()).toBeLessThan(60);
    };
    return { register, last, reachEnd };
  };

  /** A row's button works from the keyboard like any other: its dialog opens, headed `heading`, and closes. */
  const openFromKeyboard = async (button: Locator, heading: string) => {
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').getByRole('heading').first().textContent()).toContain(heading);
    await page.keyboard.press('Escape');
  };

  it('draws the réclamations in view only, reaches the last from the keyboard, and stays accessible', async () => {
    await page.getByRole('link', { name: 'Réclamations', exact: true }).click();
    const { last, reachEnd } = await inViewOnly('Registre des réclamations', COMPLAINTS);
    await reachEnd();
    expect(await last.getByRole('link').first().textContent()).toMatch(/^REC-/);
  });

  it('draws the fiches d’amélioration in view only, and the oldest is reached and triaged from the keyboard', async () => {
    await page.goto(`${server.url}#/ameliorations`);
    // Newest first: the oldest fiche is the last row, not drawn until scrolled to.
    const { register, last, reachEnd } = await inViewOnly('Registre des fiches d’amélioration', SUGGESTIONS);
    expect(await register.getByText(`Fiche numéro ${SUGGESTIONS}`, { exact: true }).count()).toBe(0);
    await reachEnd();
    expect(await last.textContent()).toContain(`Fiche numéro ${SUGGESTIONS}`);
    const reference = (await last.getByRole('link').first().textContent()) ?? '';
    expect(reference).toMatch(/^FA-\d{4}-\d{3}$/);
    await openFromKeyboard(last.getByRole('button', { name: new RegExp(reference) }), reference);
  });

  it('draws the directory’s people in view only, and the last one is reached and edited from the keyboard', async () => {
    await page.goto(`${server.url}#/annuaire`);
    // Amélie Durand, author of the fiches, comes first.
    const { last, reachEnd } = await inViewOnly('Liste des personnes', PEOPLE + 1);
    await reachEnd();
    expect(await last.textContent()).toContain(`Personne ${PEOPLE}`);
    await openFromKeyboard(last.getByRole('button', { name: `Modifier Personne ${PEOPLE}` }), `Personne ${PEOPLE}`);
  });
});

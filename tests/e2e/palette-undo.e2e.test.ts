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
import { dialog } from './support/ui';

type Record = { id: number; reference: string };

/** Every screen of the menu, for the accessibility check and the screenshots at 1024×700. */
const screens = [
  'a-faire',
  'documents',
  'processus',
  'referentiels',
  'contexte',
  'parties-interessees',
  'risques',
  'veille',
  'certifications',
  'audits',
  'audits/programme',
  'non-conformites',
  'plan-actions',
  'reclamations',
  'ameliorations',
  'enquetes',
  'indicateurs',
  'objectifs',
  'revues-de-direction',
  'competences',
  'formations',
  'prestataires',
  'pret-pour-l-audit',
  'dossier-de-preuves',
  'annuaire',
  'structure',
  'fichier',
];

/**
 * Daily comfort on the example's year of records, in a window of 1024×700: Ctrl+K finds an NC, an
 * action, an audit and a réclamation by reference and by words of their text, and runs a command;
 * Ctrl+Z undoes an action's completion as a new change beside it in the history; the key columns
 * stay in view; axe finds nothing on any screen.
 */
describe('search, command palette and undo in browser mode', () => {
  let dir: string;
  let server: BrowserModeServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const registers: { kind: string; record: Record & { words: string } }[] = [];
  let standalone: Record;

  /** The first three words of a text: enough to pick its record out of a year of records. */
  const wordsOf = (text: string) =>
    text
      .split(/\s+/)
      .slice(0, 3)
      .join(' ')
      .replace(/[.,;:]$/, '');

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-palette-'));
    server = await startBrowserMode(path.join(dir, 'qualite.sqlite'));
    await callApi(server, 'example.create', { open: true });
    const [person] = await callApi<{ id: number }[]>(server, 'people.list', {});
    if (!person) throw new Error('the example has people');
    await callApi(server, 'identity.choose', { personId: person.id });
    const [nc] = await callApi<(Record & { description: string })[]>(server, 'nonconformities.list', {});
    const [action] = await callApi<(Record & { description: string })[]>(server, 'actions.list', {});
    const audits = await callApi<(Record & { title: string | null })[]>(server, 'audits.list', {});
    const audit = audits.find((candidate) => candidate.title !== null);
    const [complaint] = await callApi<(Record & { subject: string })[]>(server, 'complaints.list', {});
    if (!nc || !action || !audit || !complaint) throw new Error('the example has every kind of record');
    registers.push(
      { kind: 'nonconformity', record: { ...nc, words: wordsOf(nc.description) } },
      { kind: 'action', record: { ...action, words: wordsOf(action.description) } },
      { kind: 'audit', record: { ...audit, words: wordsOf(audit.title ?? '') } },
      { kind: 'complaint', record: { ...complaint, words: wordsOf(complaint.subject) } },
    );
    standalone = await callApi<Record>(server, 'actions.create', {
      origin: { source: 'autre', note: 'Groupe qualité' },
      fields: {
        openedOn: dayFromToday(-3).iso,
        type: 'amelioration',
        description: 'Afficher le planning hebdomadaire dans la salle de pause.',
        ownerId: person.id,
        processId: null,
        dueDate: dayFromToday(30).iso,
        evidenceNotes: null,
      },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 700 }, locale: 'fr-FR' });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // Screenshots go to SEVE_E2E_SCREENSHOTS when it names a folder (to look at them), else beside the file.
  const shot = (name: string) => path.join(process.env.SEVE_E2E_SCREENSHOTS ?? dir, name);
  const palette = () => dialog(page);
  const search = async (text: string) => {
    if (!(await palette().isVisible())) await page.keyboard.press('Control+k');
    await palette().getByRole('searchbox', { name: 'Mots à chercher' }).fill(text);
  };
  const option = (name: string | RegExp) => palette().getByRole('option', { name }).first();

  it('finds an NC, an action, an audit and a réclamation by reference and by words of their text', async () => {
    for (const { record } of registers) {
      await search(record.reference.toLowerCase());
      await expect
        .poll(() => option(new RegExp(`^${record.reference}`)).isVisible(), { message: record.reference, timeout: 5000 })
        .toBe(true);
      // Typed whole, the reference is the first result.
      expect(await palette().getByRole('option').nth(0).textContent()).toContain(record.reference);
      await search(record.words);
      await expect.poll(() => option(new RegExp(`^${record.reference}`)).isVisible(), { message: record.words, timeout: 5000 }).toBe(true);
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: shot('palette.png') });
  });

  it('finds the context registers (enjeux, parties intéressées, risques, veille) and opens their pages', async () => {
    const [issue] = await callApi<{ id: number; title: string }[]>(server, 'issues.list', {});
    const [party] = await callApi<{ id: number; name: string }[]>(server, 'parties.list', {});
    const [risk] = await callApi<{ id: number; title: string }[]>(server, 'risks.list', {});
    const [source] = await callApi<{ id: number; name: string }[]>(server, 'watch.sources', {});
    const [item] = await callApi<{ id: number; title: string }[]>(server, 'watch.list', {});
    if (!issue || !party || !risk || !source || !item) throw new Error('the example has every context register');
    for (const [words, path] of [
      [issue.title, `#/contexte/enjeux/${issue.id}`],
      [party.name, `#/parties-interessees/${party.id}`],
      [risk.title, `#/risques/${risk.id}`],
      [source.name, `#/veille/sources/${source.id}`],
      [item.title, `#/veille/informations/${item.id}`],
    ] as const) {
      await search(wordsOf(words));
      const hit = palette().getByRole('option', { name: words }).first();
      await expect.poll(() => hit.isVisible(), { message: words, timeout: 5000 }).toBe(true);
      await hit.click();
      await expect.poll(() => page.url(), { message: words }).toContain(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
  });

  it('opens the first result with Enter after the words changed, and closes with one Escape', async () => {
    const [nc] = registers;
    if (!nc) throw new Error('no NC');
    await search('zzz');
    await search(nc.record.reference);
    await expect.poll(() => option(new RegExp(`^${nc.record.reference}`)).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`#/non-conformites/${nc.record.id}`);
    await page.keyboard.press('Control+k');
    await palette().getByRole('searchbox').fill('quelque chose');
    await page.keyboard.press('Escape');
    await expect.poll(() => palette().count()).toBe(0);
  });

  it('runs a command from the palette, and lists the shortcuts on « ? »', async () => {
    await search('plan actions');
    await option('Aller au plan d’actions').click();
    await expect.poll(() => page.url()).toContain('#/plan-actions');
    await page.keyboard.press('?');
    await palette().getByRole('heading', { name: 'Raccourcis clavier' }).waitFor();
    expect(await palette().textContent()).toContain('Annuler la dernière modification');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('g');
    await page.keyboard.press('n');
    await expect.poll(() => page.url()).toContain('#/non-conformites');
  });

  it('undoes an action’s completion with Ctrl+Z, and the history shows both changes', async () => {
    await page.goto(`${server.url}#/actions/${standalone.id}`);
    await page.getByRole('button', { name: `Marquer réalisée l’action ${standalone.reference}` }).click();
    await palette().getByRole('button', { name: 'Marquer réalisée' }).click();
    const confirmation = page.getByRole('status').filter({ hasText: standalone.reference });
    await expect.poll(() => confirmation.count()).toBeGreaterThan(0);
    // The confirmation is in view, whatever the page's length, and offers the undo.
    expect(await page.getByRole('button', { name: 'Annuler', exact: true }).isVisible()).toBe(true);
    await page.screenshot({ path: shot('confirmation.png') });
    await page.locator('body').click({ position: { x: 600, y: 200 } });
    await page.keyboard.press('Control+z');
    await page
      .getByRole('status')
      .filter({ hasText: `Action ${standalone.reference} rouverte.` })
      .waitFor();
    const history = page.getByRole('region', { name: 'Historique' });
    await expect.poll(() => history.textContent()).toContain('Annulation');
    expect(await history.textContent()).toContain('Réalisée');
    const stored = await callApi<{ status: string }>(server, 'actions.get', { id: standalone.id });
    expect(stored.status).toBe('en_cours');
  });

  /** The confirmation saying `text`: in the window, and drawn on top (nothing covers its middle). */
  const confirmationInView = async (text: string) => {
    const notice = page.getByRole('status').filter({ hasText: text });
    await expect.poll(() => notice.isVisible(), { message: text }).toBe(true);
    const box = await notice.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 700, text).toBe(true);
    const onTop = await notice.evaluate((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return element.contains(document.elementFromPoint(x + width / 2, y + height / 2));
    });
    expect(onTop, text).toBe(true);
  };
  /** Chooses the option starting with `start` in the combobox `label`; the list closes after the choice and stays closed. */
  const pick = async (label: string, typed: string, start: string) => {
    const combobox = page.getByRole('combobox', { name: label });
    await combobox.fill(typed);
    await page
      .getByRole('option', { name: new RegExp(`^${start.replace(/\./g, '\\.')} `) })
      .first()
      .click();
    await page.waitForTimeout(600);
    expect(await page.getByRole('listbox').count(), `${label}: the list stays closed`).toBe(0);
    expect(await page.getByRole('combobox', { name: label }).getAttribute('aria-expanded')).not.toBe('true');
  };

  it('links a clause from a document’s page: the list closes and stays closed, the confirmation in view', async () => {
    const [document] = await callApi<Record[]>(server, 'documents.list', { status: 'en_vigueur' });
    if (!document) throw new Error('the example has documents in force');
    const linked = (
      await callApi<{ number: string }[]>(server, 'referentials.linksFor', { entity: 'document', entityId: document.id })
    ).map((link) => link.number);
    const number = ['7.1.6', '6.3', '8.5.6'].find((candidate) => !linked.includes(candidate)) ?? '';
    await page.goto(`${server.url}#/documents/${document.id}`);
    await pick('Lier une exigence', number, number);
    await confirmationInView(`Exigence ${number} liée.`);
    expect(await page.getByRole('list', { name: 'Exigences auxquelles ce document répond' }).textContent()).toContain(number);
  });

  it('links a document from the clause’s page through the same method, and « Annuler » undoes it as on the document’s page', async () => {
    const [document] = await callApi<(Record & { title: string })[]>(server, 'documents.list', { status: 'en_vigueur' });
    if (!document) throw new Error('the example has documents in force');
    const options = await callApi<{ id: number; number: string; referentialName: string }[]>(server, 'referentials.requirementOptions', {});
    const linksOf = async () =>
      (await callApi<{ id: number }[]>(server, 'referentials.linksFor', { entity: 'document', entityId: document.id })).map(
        (link) => link.id,
      );
    const before = await linksOf();
    const clause =
      options.find((option) => option.number === '4.4' && !before.includes(option.id)) ??
      options.find((option) => !before.includes(option.id));
    if (!clause) throw new Error('a clause the document does not answer yet');
    await page.goto(`${server.url}#/exigences/${clause.id}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await pick('Lier un document', document.reference, document.reference);
    await confirmationInView(`Document ${document.reference} lié à l’exigence ${clause.number}.`);
    const answers = page.getByRole('list', { name: 'Ce qui répond à cette exigence' });
    await expect.poll(() => answers.textContent()).toContain(document.reference);
    expect(await linksOf()).toContain(clause.id);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Annuler', exact: true }).click();
    await confirmationInView(`Lien avec l’exigence ${clause.number} retiré.`);
    // The link's confirmation is still shown: the two stack, both readable, the undo's at the foot.
    const linked = `Document ${document.reference} lié à l’exigence ${clause.number}.`;
    await confirmationInView(linked);
    const boxOf = async (text: string) =>
      (await page.getByRole('status').filter({ hasText: text }).boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    const [upper, lower] = [await boxOf(linked), await boxOf(`Lien avec l’exigence ${clause.number} retiré.`)];
    expect(upper.y + upper.height).toBeLessThanOrEqual(lower.y);
    // Its change is undone: it no longer offers « Annuler », which would redo it.
    expect(await page.getByRole('button', { name: 'Annuler', exact: true }).count()).toBe(0);
    await page.screenshot({ path: shot('confirmations-stacked.png') });
    expect(await accessibilityViolations(page)).toEqual([]);
    await expect.poll(() => linksOf()).not.toContain(clause.id);
    await expect.poll(async () => (await answers.count()) === 0 || !(await answers.textContent())?.includes(document.reference)).toBe(true);
    // The requirement's history keeps both changes: the link, then its removal by the undo.
    const history = page.locator('section', { has: page.getByRole('heading', { name: 'Historique des modifications' }) });
    await expect.poll(async () => ((await history.textContent()) ?? '').split(document.reference).length - 1).toBe(2);
  });

  it('keeps the key columns in view at 1024×700, and axe finds nothing on any screen', async () => {
    for (const screen of screens) {
      await page.goto(`${server.url}#/${screen}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await accessibilityViolations(page), screen).toEqual([]);
      await page.screenshot({ path: shot(`${screen.replace('/', '-')}.png`) });
    }
    for (const [screen, column] of [
      ['documents', 'Prochaine revue'],
      ['plan-actions', 'Échéance'],
      ['plan-actions', 'Statut'],
      ['non-conformites', 'Statut'],
    ] as const) {
      await page.goto(`${server.url}#/${screen}`);
      const header = page.getByRole('columnheader', { name: column }).first();
      await header.waitFor();
      const box = await header.boundingBox();
      expect(box && box.x + box.width, `${screen}: ${column}`).toBeLessThanOrEqual(1024);
    }
  }, 120_000);

  it('logs no page errors or CSP violations', () => {
    expect(pageErrors).toEqual([]);
  });
});

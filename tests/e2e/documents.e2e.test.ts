import { openE2eSession, type E2eSession } from './support/session';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';

const TITLE = 'Accueil des salariés en insertion — œuvre';

describe('documents register in browser mode', () => {
  let dbPath: string;
  let page: Page;
  let pageErrors: string[] = [];
  let session: E2eSession;

  beforeAll(async () => {
    session = await openE2eSession({ name: 'test', file: path.join('nouveau', 'qualite.sqlite'), viewport: { width: 1366, height: 768 } });
    ({ dbPath, page, pageErrors } = session);
  });

  afterAll(() => session?.close());

  it('shows the empty register, the open file path, and no accessibility violations', async () => {
    await page.getByRole('link', { name: 'Documents', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Documents' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Aucun document pour l’instant').isVisible()).toBe(true);
    expect(await page.getByTestId('file-path').textContent()).toBe(dbPath);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('creates a person and a process', async () => {
    await page.getByRole('link', { name: 'Annuaire' }).click();
    await page.getByRole('textbox', { name: 'Nom' }).fill('Amélie Durand');
    await page.getByRole('textbox', { name: 'Fonction' }).fill('Responsable qualité');
    await page.getByRole('button', { name: 'Ajouter' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Amélie Durand', exact: true }).isVisible()).toBe(true);

    await page.getByRole('link', { name: 'Processus' }).click();
    await page.getByRole('textbox', { name: 'Nom du processus' }).fill('Accueil et recrutement');
    await page.getByRole('button', { name: 'Pilote' }).click();
    await page.getByRole('option', { name: 'Amélie Durand' }).click();
    await page.getByRole('button', { name: 'Ajouter' }).click();
    await expect.poll(() => page.getByText('Pilote : Amélie Durand').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('refuses an invalid document form with French field errors and writes nothing', async () => {
    await page.getByRole('link', { name: 'Documents' }).click();
    await page.getByRole('link', { name: 'Nouveau document' }).click();
    await page.getByRole('button', { name: 'Statut de départ' }).click();
    await page.getByRole('option', { name: 'En vigueur' }).click();
    await page.getByRole('button', { name: 'Créer' }).click();
    await expect.poll(() => page.getByText('Le titre est obligatoire.').isVisible()).toBe(true);
    expect(await page.getByText('Un document en vigueur a une date d’application (ou de dernière revue).').isVisible()).toBe(true);
    expect(await page.getByRole('alert').first().textContent()).toContain('corrigez les champs signalés');
    expect(await page.getByRole('textbox', { name: 'Titre' }).getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
    db.close();
  });

  it('creates a procedure with accents and shows its next review date in French', async () => {
    await page.getByRole('textbox', { name: 'Titre' }).fill(TITLE);
    await page.getByRole('button', { name: 'Processus' }).click();
    await page.getByRole('option', { name: 'Accueil et recrutement' }).click();
    await page.getByRole('button', { name: 'Responsable' }).click();
    await page.getByRole('option', { name: 'Amélie Durand' }).click();
    const period = page.getByRole('textbox', { name: 'Périodicité de revue (mois)' });
    await period.fill('12');
    await page.getByRole('group', { name: 'Date d’application' }).getByRole('spinbutton').first().click();
    await page.keyboard.type('15032026');
    await page.getByRole('button', { name: 'Créer' }).click();

    await expect.poll(() => page.getByText('Document PR-001 créé.').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`PR-001 ${TITLE}`);
    expect(await page.getByText('15 mars 2027').isVisible()).toBe(true);
    // The timeline is its own query: it may arrive after the page.
    await expect.poll(() => page.getByText('Création').isVisible()).toBe(true);

    await page.getByRole('link', { name: '← Documents' }).click();
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.textContent()).toContain('15 mars 2027');
    expect(await row.textContent()).toContain('Accueil et recrutement');
  });

  it('keeps the document after a reload', async () => {
    await page.reload();
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.textContent()).toContain('PR-001');
    expect(await row.textContent()).toContain('15 mars 2027');
  });

  it('finds the document by a search typed without accents or ligatures', async () => {
    const search = page.getByRole('searchbox', { name: 'Rechercher' });
    await search.fill('inexistant');
    await expect.poll(() => page.getByText('Aucun document ne correspond à ces filtres.').isVisible()).toBe(true);
    // From an empty result, so the count below can only come from this search.
    await search.fill('salaries oeuvre');
    await expect.poll(() => page.getByText('1 document, dont 1 en vigueur ou en brouillon', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('row', { name: new RegExp(TITLE) }).isVisible()).toBe(true);
    await search.fill('');
  });

  it('logs no page errors or CSP violations', () => {
    expect(pageErrors).toEqual([]);
  });
});

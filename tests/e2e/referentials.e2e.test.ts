import { openE2eSession, type E2eSession } from './support/session';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';

const JUSTIFICATION = 'Nos parcours d’insertion suivent la convention avec l’État : nous ne concevons pas de prestation.';

describe('referentials in browser mode', () => {
  let dbPath: string;
  let page: Page;
  let pageErrors: string[] = [];
  let session: E2eSession;

  /** Reads the file beside the running app, as an auditor of what was (not) written. */
  const query = <T>(sql: string): T => {
    const db = new Database(dbPath, { readonly: true });
    try {
      return db.prepare(sql).get() as T;
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    session = await openE2eSession({ name: 'test', viewport: { width: 1366, height: 768 } });
    ({ dbPath, page, pageErrors } = session);
  });

  afterAll(() => session?.close());

  it('lists ISO 9001:2015, loaded in the new file, with no accessibility violations', async () => {
    await page.getByRole('link', { name: 'Référentiels' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Référentiels' }).isVisible()).toBe(true);
    const row = page.getByRole('row', { name: /ISO 9001:2015/ });
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.textContent()).toContain('Livré avec Sève');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('opens ISO 9001:2015 and its requirement tree', async () => {
    await page.getByRole('link', { name: 'ISO 9001:2015', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'ISO 9001:2015' }).isVisible()).toBe(true);
    const tree = page.getByRole('list', { name: 'Arborescence des exigences' });
    expect(await tree.getByRole('link', { name: '4.1 Compréhension de l’organisme et de son contexte' }).isVisible()).toBe(true);
    expect(await tree.getByRole('link', { name: '10.2 Non-conformité et action corrective' }).isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('refuses to declare 8.3 non applicable without a justification, and writes nothing', async () => {
    await page.getByRole('link', { name: '8.3 Conception et développement de produits et services', exact: true }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: '8.3 Conception et développement de produits et services' }).isVisible())
      .toBe(true);
    const historyBefore = query<{ n: number }>('SELECT count(*) AS n FROM history').n;
    await page.getByRole('button', { name: 'Déclarer non applicable' }).click();
    await expect.poll(() => page.getByText('Justifiez la non-applicabilité', { exact: false }).first().isVisible()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Justification' }).getAttribute('aria-invalid')).toBe('true');
    expect(query<{ applicable: number }>("SELECT applicable FROM requirements WHERE number = '8.3'").applicable).toBe(1);
    expect(query<{ n: number }>('SELECT count(*) AS n FROM history').n).toBe(historyBefore);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('accepts it with a justification and shows the badge, here and in the tree', async () => {
    await page.getByRole('textbox', { name: 'Justification' }).fill(JUSTIFICATION);
    await page.getByRole('button', { name: 'Déclarer non applicable' }).click();
    await expect.poll(() => page.getByText('Applicabilité enregistrée.').isVisible()).toBe(true);
    expect(await page.getByText('Cette exigence est déclarée non applicable.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'La rendre applicable' }).isVisible()).toBe(true);
    expect(
      query<{ applicable: number; non_applicable_justification: string }>("SELECT * FROM requirements WHERE number = '8.3'"),
    ).toMatchObject({
      applicable: 0,
      non_applicable_justification: JUSTIFICATION,
    });
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: '← ISO 9001:2015' }).click();
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: '8.3 Conception et développement de produits et services', exact: true }) });
    await expect.poll(async () => (await item.first().textContent()) ?? '').toContain('Non applicable');
    // The exclusion covers 8.3.1 to 8.3.6 with the same justification.
    const sub = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: '8.3.4 Maîtrise de la conception et du développement', exact: true }) });
    expect((await sub.first().textContent()) ?? '').toContain('Non applicable');
    expect(
      query<{ n: number }>(
        `SELECT count(*) AS n FROM requirements WHERE number LIKE '8.3._' AND applicable = 0 AND non_applicable_justification = '${JUSTIFICATION.replace(/'/g, "''")}'`,
      ).n,
    ).toBe(6);
  });

  it('shows the Amendment 1:2024 note where the clause is, and what a clause asks to maintain or retain', async () => {
    await page.getByRole('link', { name: '4.1 Compréhension de l’organisme et de son contexte', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: /^4\.1 / }).isVisible()).toBe(true);
    expect(await page.getByText(/^Amendement 1:2024 : .*changement climatique/).isVisible()).toBe(true);
    await page.getByRole('link', { name: '← ISO 9001:2015' }).click();
    await page.getByRole('link', { name: '9.2 Audit interne', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Informations documentées exigées' }).isVisible()).toBe(true);
    expect(await page.getByText('La mise en œuvre du programme d’audit et les résultats des audits', { exact: false }).isVisible()).toBe(
      true,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '← ISO 9001:2015' }).click();
  });

  it('creates the scheme "Cèdre ISO 9001" on ISO 9001:2015', async () => {
    await page.getByRole('link', { name: '← Référentiels' }).click();
    await page.getByRole('link', { name: 'Nouveau référentiel de schéma' }).click();
    await page.getByRole('textbox', { name: 'Nom' }).fill('Cèdre ISO 9001');
    await page.getByRole('textbox', { name: 'Édition ou version' }).fill('V2');
    expect(await page.getByRole('button', { name: /Basé sur/ }).textContent()).toContain('ISO 9001:2015');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Créer' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Cèdre ISO 9001' }).isVisible()).toBe(true);
    expect(await page.getByText('Référentiel « Cèdre ISO 9001 » créé.').isVisible()).toBe(true);
    expect(await page.getByText('Ce référentiel n’a pas encore d’exigence.').isVisible()).toBe(true);
  });

  it('adds a requirement to it, after refusing an empty form', async () => {
    await page.getByRole('link', { name: 'Ajouter une exigence' }).click();
    await page.getByRole('button', { name: 'Créer' }).click();
    await expect.poll(() => page.getByText('Le numéro est obligatoire.').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'Numéro' }).fill('C-1');
    await page.getByRole('textbox', { name: /^Titre( \*)?$/ }).fill('Engagements réciproques signés et suivis');
    await page
      .getByRole('textbox', { name: 'Texte' })
      .fill('Chaque salarié en insertion signe un engagement réciproque, revu à chaque échéance.');
    await page.getByRole('button', { name: 'Créer' }).click();
    await expect.poll(() => page.getByText('Exigence C-1 ajoutée.').isVisible()).toBe(true);
    const link = page.getByRole('link', { name: 'C-1 Engagements réciproques signés et suivis' });
    expect(await link.isVisible()).toBe(true);
    await link.click();
    const record = page.getByRole('region', { name: 'Fiche de l’exigence' });
    await expect
      .poll(async () => (await record.textContent()) ?? '')
      .toContain('Chaque salarié en insertion signe un engagement réciproque');
    await expect.poll(() => page.getByText('Rien n’est encore lié à cette exigence.', { exact: false }).isVisible()).toBe(true);
    // A document can be linked from here as from its own page.
    expect(await page.getByRole('combobox', { name: 'Lier un document' }).isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('refuses an unreadable import without writing anything', async () => {
    const counts = () => query<{ n: number }>('SELECT (SELECT count(*) FROM referentials) + (SELECT count(*) FROM history) AS n').n;
    const before = counts();
    await page.getByRole('link', { name: 'Référentiels' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Importer un référentiel…' }).isVisible()).toBe(true);
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'abime.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": ') });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'pas du JSON lisible' }).isVisible()).toBe(true);
    expect(await page.getByRole('alert').textContent()).toContain('Rien n’a été importé.');
    expect(counts()).toBe(before);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('logs no page errors or CSP violations', () => {
    expect(pageErrors).toEqual([]);
  });
});

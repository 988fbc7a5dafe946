import { openE2eSession, type E2eSession } from './support/session';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { subDays } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeVerifiedCopy } from '../../electron/backend/backups/copy';
import { backupFileName } from '../../electron/backend/backups/names';
import { readBackupContents } from '../../electron/backend/backups/inspect';
import { accessibilityViolations } from './support/axe';
import { type BrowserModeServer } from './support/browserMode';
import { E2E_TODAY } from './support/today';

/** Names of the requirements linked to the document, read in the file (another connection, read-only). */
const linkedCount = (dbPath: string): number => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM requirement_links WHERE entity = 'document'").pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('backups in browser mode: delete records, restore yesterday’s backup, get them back', () => {
  let dir: string;
  let dbPath: string;
  let server: BrowserModeServer;
  let page: Page;
  let yesterday: Date;
  let pageErrors: string[] = [];
  let session: E2eSession;

  const call = async <T = unknown>(method: string, input: unknown): Promise<T> => {
    const response = await fetch(`${server.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: unknown };
    if (!result.ok) throw new Error(`${method} : ${JSON.stringify(result.error)}`);
    return result.value;
  };

  beforeAll(async () => {
    session = await openE2eSession({ name: 'backups', goto: false });
    ({ dir, dbPath, server, page, pageErrors } = session);
    await call('organisation.update', { name: 'AI du Val de Sèvre', indiceScheme: 'numeric' });
    const document = await call<{ id: number }>('documents.create', {
      title: 'Accueil des salariés en insertion',
      type: 'procedure',
      initialStatus: 'brouillon',
      processId: null,
      ownerId: null,
      reviewPeriodMonths: 12,
      effectiveDate: null,
      approvedById: null,
      approvedOn: null,
    });
    const [iso] = await call<{ id: number }[]>('referentials.list', {});
    const detail = await call<{ requirements: { id: number }[] }>('referentials.get', { id: iso?.id });
    for (const requirement of detail.requirements.slice(0, 3)) {
      await call('referentials.link', { requirementId: requirement.id, entity: 'document', entityId: document.id });
    }
    expect(linkedCount(dbPath)).toBe(3);

    // "Yesterday's backup", taken by Sève's own backup code (verified copy, its file name) with the
    // clock set a day back, from a read-only connection beside the running server.
    yesterday = subDays(new Date(`${E2E_TODAY}T12:00:00`), 1);
    const source = new Database(dbPath, { readonly: true });
    try {
      await writeVerifiedCopy(source, path.join(dir, 'Sauvegardes', backupFileName(dbPath, 'auto', yesterday)));
    } finally {
      source.close();
    }

    // Today: the links are deleted and the name changed.
    for (const requirement of detail.requirements.slice(0, 3)) {
      await call('referentials.unlink', { requirementId: requirement.id, entity: 'document', entityId: document.id });
    }
    await call('organisation.update', { name: 'Nom changé par erreur', indiceScheme: 'numeric' });
    expect(linkedCount(dbPath)).toBe(0);

    page.setDefaultTimeout(15_000);
    await page.goto(server.url);
  });

  afterAll(() => session?.close());

  it('lists the backups with their date and record counts, without accessibility violations', async () => {
    await page.getByRole('link', { name: 'Fichier et sauvegardes' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Fichier et sauvegardes' }).isVisible()).toBe(true);
    expect(await page.getByTestId('current-file').textContent()).toBe(dbPath);
    const row = page.locator('tr', { has: page.locator(`time[datetime="${yesterday.toISOString()}"]`) });
    await expect.poll(() => row.textContent()).toContain('1 document, 0 personne');
    expect(await row.textContent()).toContain('Automatique');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('"Sauvegarder maintenant" adds a verified manual backup', async () => {
    await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Sauvegarde faite' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('cell', { name: 'Manuelle' }).count()).toBe(1);
  });

  it('shows the space the backups take and the space reserved, which the user sets and resets', async () => {
    const budget = page.getByTestId('backup-budget');
    await expect.poll(() => budget.textContent()).toMatch(/utilisés sur 500\s?Mo \(par défaut/);
    await page.getByRole('button', { name: 'Changer l’espace réservé…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Espace réservé aux sauvegardes' });
    await dialog.getByLabel('Espace maximal (en Mo)').fill('5');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => dialog.textContent()).toContain('Au moins 10 Mo');
    await dialog.getByLabel('Espace maximal (en Mo)').fill('20');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Espace réservé aux sauvegardes enregistré' }).isVisible())
      .toBe(true);
    await expect.poll(() => budget.textContent()).toMatch(/sur 20\s?Mo$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Revenir à l’espace par défaut' }).click();
    await expect.poll(() => budget.textContent()).toMatch(/sur 500\s?Mo \(par défaut/);
  });

  it('restores yesterday’s backup after confirmation: the deleted records are back, the state before is kept', async () => {
    const row = page.locator('tr', { has: page.locator(`time[datetime="${yesterday.toISOString()}"]`) });
    await row.getByRole('button', { name: /Restaurer la sauvegarde du/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' });
    await expect.poll(() => dialog.textContent()).toContain('Sève sauvegarde son état actuel');
    await dialog.getByRole('button', { name: 'Restaurer', exact: true }).click();
    // A restore backs up the current state first (a verified copy in the backup worker), then copies and reopens.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'restaurée' }).isVisible(), { timeout: 15_000 }).toBe(true);

    expect(linkedCount(dbPath)).toBe(3);
    await expect.poll(() => page.locator('.shell__organisation').textContent()).toBe('AI du Val de Sèvre');
    await expect.poll(() => page.getByRole('cell', { name: 'Avant restauration' }).count()).toBe(1);
    const safety = fs.readdirSync(path.join(dir, 'Sauvegardes')).find((name) => name.includes('.avant-restauration.'));
    expect(safety).toBeDefined();
    const contents = readBackupContents(path.join(dir, 'Sauvegardes', safety ?? ''));
    expect(contents?.counts.documents).toBe(1);
    const before = new Database(path.join(dir, 'Sauvegardes', safety ?? ''), { readonly: true });
    expect(before.prepare("SELECT value FROM settings WHERE key = 'organisation.name'").pluck().get()).toBe('Nom changé par erreur');
    expect(before.prepare('SELECT count(*) FROM requirement_links').pluck().get()).toBe(0);
    before.close();
    expect(pageErrors).toEqual([]);
  });

  it('writes the restore on the structure’s timeline: which backup came back, and where the replaced state is kept', async () => {
    await page.getByRole('link', { name: 'Structure', exact: true }).click();
    const timeline = page.getByRole('region', { name: 'Historique de la structure et du fichier' });
    const entry = timeline.getByRole('listitem').filter({ hasText: 'Sauvegarde restaurée' }).first();
    await expect.poll(() => entry.textContent()).toContain('Automatique');
    const text = (await entry.textContent()) ?? '';
    expect(text).toContain('.avant-restauration.');
    expect(text).toMatch(/Sauvegarde restaurée, prise le\s*:\s*\d{1,2} \p{L}+ \d{4} à \d{2}:\d{2}/u);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

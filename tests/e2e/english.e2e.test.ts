import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openE2eSession, type E2eSession } from './support/session';
import { choose, dialog, typeDate } from './support/ui';

/**
 * The interface in English: the shared schemas and the backend write their refusals in French; the
 * form says them in English, from the message's key and parameters (the backend sends them beside
 * the French text; the form's own checks are recognised in the page). French stays the fallback.
 */
describe('refusals in the English interface', () => {
  let session: E2eSession;

  beforeAll(async () => {
    session = await openE2eSession({ name: 'english', goto: false });
    await session.page.addInitScript(() => localStorage.setItem('seve.language', 'en'));
    await session.page.goto(session.server.url);
  });
  afterAll(() => session?.close());

  it('says in English what the form itself refuses', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => page.getByText('This is required.').first().isVisible()).toBe(true);
    expect(await page.getByText('est obligatoire').count()).toBe(0);
  });

  it('says in English what the backend refuses', async () => {
    const { page, call } = session;
    await call('people.create', { name: 'Amélie Durand', jobTitle: null });
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Complaints', exact: true }).click();
    await page.getByRole('button', { name: 'New complaint' }).click();
    await dialog(page).getByRole('textbox', { name: 'Subject' }).fill('Late answer to a partner.');
    // Received after today (the pinned 26 November 2026): only the backend knows today's date.
    await typeDate(dialog(page), page, 'Received on', '30112026');
    await typeDate(dialog(page), page, 'Answer due on', '10122026');
    await dialog(page).getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => dialog(page).getByText('This date cannot be in the future.').first().isVisible()).toBe(true);
    expect(await dialog(page).getByText('ne peut pas être dans le futur').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});

/** The language is chosen on « Structure »: English is loaded then, and this computer remembers it at the next start. */
describe('choosing the interface’s language', () => {
  let session: E2eSession;

  beforeAll(async () => {
    session = await openE2eSession({ name: 'language' });
  });
  afterAll(() => session?.close());

  it('switches to English at once, keeps it after a reload, and comes back to French', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}#/structure`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Structure' }).isVisible()).toBe(true);
    await choose(page, page, 'Langue de l’interface', 'English');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Organisation' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Organisation' }).isVisible()).toBe(true);
    await choose(page, page, 'Interface language', 'Français');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Structure' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(session.pageErrors).toEqual([]);
  });
});

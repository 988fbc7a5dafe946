import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riskFields } from '../helpers/context';
import { flatText, readPdf } from '../helpers/pdf';
import { accessibilityViolations } from './support/axe';
import { openE2eSession, type E2eSession } from './support/session';
import { dayFromToday } from './support/today';

/** Forms overdue for review besides the procedure: more than the 30 lines a requirement shows at first. */
const LATE_FORMS = 32;

describe('« Prêt pour l’audit ? » in browser mode', { timeout: 120_000 }, () => {
  let session: E2eSession;
  let page: Page;
  let documentId = 0;
  let riskId = 0;

  beforeAll(async () => {
    session = await openE2eSession({ name: 'readiness', page: { acceptDownloads: true }, goto: false });
    page = session.page;
    const call = session.call;
    const amelie = (await call<{ id: number }>('people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' })).id;
    // A procedure whose yearly review was due a month ago, and a réclamation waiting for its answer.
    documentId = (
      await call<{ id: number }>('documents.create', {
        title: 'Traitement des réclamations',
        type: 'procedure',
        initialStatus: 'en_vigueur',
        processId: null,
        ownerId: amelie,
        reviewPeriodMonths: 12,
        effectiveDate: dayFromToday(-400).iso,
        approvedById: null,
        approvedOn: null,
      })
    ).id;
    // Many forms whose reviews fell due a fortnight ago: a long list under § 7.5.2.
    for (let n = 1; n <= LATE_FORMS; n += 1) {
      await call('documents.create', {
        title: `Formulaire ${n}`,
        type: 'formulaire',
        initialStatus: 'en_vigueur',
        processId: null,
        ownerId: amelie,
        reviewPeriodMonths: 12,
        effectiveDate: dayFromToday(-380).iso,
        approvedById: null,
        approvedOn: null,
      });
    }
    await call('complaints.create', {
      complainantKind: 'client',
      complainant: null,
      channel: 'courriel',
      processId: null,
      handledById: amelie,
      receivedOn: dayFromToday(-30).iso,
      responseDue: dayFromToday(-16).iso,
      respondedOn: null,
      response: null,
      subject: 'Mission annulée sans prévenir.',
      founded: null,
      analysedOn: null,
      cause: null,
      actionId: null,
    });
    // A risk rated high a week ago, with no treatment decided yet.
    riskId = (
      await call<{ id: number }>('risks.create', {
        fields: riskFields(amelie, {
          title: 'Accident sur un chantier',
          identifiedOn: dayFromToday(-7).iso,
          reviewDue: dayFromToday(300).iso,
        }),
        evaluation: { likelihood: 3, impact: 4 },
      })
    ).id;
    await page.goto(session.server.url);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists the findings to expect by requirement, with the likely grade, and its figure', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Prêt pour l’audit ?' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Prêt pour l’audit ?' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('readiness-target').textContent()).toMatch(/^Au /);
    const review = page.getByRole('region', { name: /^§ 7\.5\.2 / });
    await expect.poll(() => review.getByText(/PR-001 « Traitement des réclamations » devait être revu/).isVisible()).toBe(true);
    await expect.poll(() => review.getByText('NC mineure probable').first().isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: /^§ 9\.1 / })
          .getByText(/Mission annulée sans prévenir/)
          .isVisible(),
      )
      .toBe(true);
    const minor = Number(await page.getByTestId('readiness-mineure').locator('.readiness-figure__value').textContent());
    expect(minor).toBeGreaterThanOrEqual(2);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(session.dir, 'readiness.png'), fullPage: true });
    if (process.env.READINESS_SCREENSHOT) await page.screenshot({ path: process.env.READINESS_SCREENSHOT });
  });

  it('shows a requirement’s first 30 findings, and all of them when asked', async () => {
    const review = page.getByRole('region', { name: /^§ 7\.5\.2 / });
    const items = review.locator('li.readiness-item');
    await expect.poll(() => items.count()).toBe(30);
    await review.getByRole('button', { name: `Afficher les ${LATE_FORMS + 1} constats probables` }).click();
    await expect.poll(() => items.count()).toBe(LATE_FORMS + 1);
    expect(await review.getByRole('button', { name: /^Afficher les/ }).count()).toBe(0);
  });

  it('prints the same list as a PDF', async () => {
    await page.getByRole('button', { name: 'Imprimer la liste (PDF)' }).click();
    const downloadButton = page.getByRole('button', { name: 'Télécharger le PDF' });
    await downloadButton.waitFor({ timeout: 30_000 });
    const downloadEvent = page.waitForEvent('download');
    await downloadButton.click();
    const saved = await downloadEvent;
    expect(saved.suggestedFilename()).toMatch(/^Prêt pour l’audit – \d{4}-\d{2}-\d{2}\.pdf$/);
    const pdfPath = path.join(session.dir, 'pret.pdf');
    await saved.saveAs(pdfPath);
    const text = flatText((await readPdf(pdfPath)).pages);
    expect(text).toContain('PR-001 « Traitement des réclamations » devait être revu');
    expect(text).toContain('Mission annulée sans prévenir.');
  });

  it('takes the quality lead to where it is fixed', async () => {
    const review = page.getByRole('region', { name: /^§ 7\.5\.2 / });
    await review.getByRole('link', { name: 'Corriger' }).first().click();
    await expect.poll(() => page.url()).toContain(`/documents/${documentId}`);
    expect(session.pageErrors).toEqual([]);
  });

  it('takes the quality lead to the risk to treat', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Prêt pour l’audit ?' }).click();
    const risks = page.getByRole('region', { name: /^§ 6\.1 / });
    await expect
      .poll(() => risks.getByText(/« Accident sur un chantier » \(risque élevé, score 12\) n’a pas de traitement décidé/).isVisible())
      .toBe(true);
    await risks.getByRole('link', { name: 'Corriger' }).first().click();
    await expect.poll(() => page.url()).toContain(`/risques/${riskId}`);
    expect(session.pageErrors).toEqual([]);
  });
});

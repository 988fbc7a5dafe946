import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedVersion } from '../helpers/fileOwners';
import { readPdf } from '../helpers/pdf';
import { accessibilityViolations } from './support/axe';
import { startBrowserMode, type BrowserModeServer } from './support/browserMode';
import { launchChromium } from './support/chromium';
import { callApi } from './support/api';
import { dayFromToday } from './support/today';
import { packSectionIds, packSectionTitles } from '../../shared/domain/pack';

describe('the evidence pack wizard in browser mode', () => {
  let dir: string;
  let server: BrowserModeServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-pack-'));
    const dbPath = path.join(dir, 'qualite.sqlite');
    server = await startBrowserMode(dbPath);
    await callApi(server, 'organisation.update', { name: 'Association Élan', indiceScheme: 'numeric' });
    seedVersion(dbPath, 'en_vigueur', 'PR-001');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('generates a pack, shows its progress, and downloads a PDF that pdf.js reads', async () => {
    const page = await browser.newPage({ acceptDownloads: true, locale: 'fr-FR' });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Dossier de preuves' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Dossier de preuves' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    // React Aria hides the native input: the label is what a person clicks.
    await page.getByText('Maîtrise documentaire : revues et émargements', { exact: true }).click();
    expect(await page.getByRole('checkbox', { name: 'Maîtrise documentaire : revues et émargements' }).isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Générer le PDF' }).click();
    const downloadButton = page.getByRole('button', { name: 'Télécharger le PDF' });
    await downloadButton.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'PDF prêt' }).count()).toBe(1);
    const downloadEvent = page.waitForEvent('download');
    await downloadButton.click();
    const saved = await downloadEvent;
    expect(saved.suggestedFilename()).toMatch(/^Dossier de preuves – Association Élan – \d{4}-\d{2}-\d{2}\.pdf$/);
    const pdfPath = path.join(dir, 'telecharge.pdf');
    await saved.saveAs(pdfPath);
    const pdf = await readPdf(pdfPath);
    expect(pdf.pageCount).toBeGreaterThan(3);
    // The unticked section leaves the outline; the others stay, in the order an auditor reads.
    const titles = pdf.outline.filter((entry) => entry.level === 1).map((entry) => entry.title.replace(/\u202F/g, ' '));
    expect(titles).toEqual([
      'Couverture',
      'Sommaire',
      ...packSectionIds.filter((id) => id !== 'reviews' && id !== 'readiness').map((id) => packSectionTitles[id]),
    ]);
    expect(pdf.pages.join('\n')).toContain('Procédure achats');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prepares the pack for an audit (its date and certification on the cover), and prints the audit’s report from its page', async () => {
    const certification = await callApi<{ id: number }>(server, 'certifications.create', {
      scheme: 'Cèdre ISO 9001',
      referentialId: null,
      body: 'AFNOR Certification',
      certificateNumber: 'CED-2026-0042',
      decisionDate: '2026-03-15',
      expiryDate: '2029-03-14',
      status: 'certifie',
      isGroup: false,
      groupName: null,
      centralFunction: null,
      otherMembers: null,
    });
    const day = dayFromToday(40);
    const audit = await callApi<{ id: number; reference: string }>(server, 'audits.create', {
      type: 'surveillance',
      certificationId: certification.id,
      title: null,
      startDate: day.iso,
      endDate: day.iso,
      status: 'planifie',
      leadAuditor: { personId: null, externalName: 'M. Lefèvre (AFNOR)' },
      auditors: [],
      auditeeIds: [],
      processIds: [],
      requirementIds: [],
      notes: null,
    });
    await callApi(server, 'audits.addChecklistItem', {
      auditId: audit.id,
      fields: {
        requirementId: null,
        processId: null,
        question: 'Le plan d’actions de l’étape 2 est-il soldé ?',
        result: null,
        comment: null,
      },
    });
    const page = await browser.newPage({ acceptDownloads: true, locale: 'fr-FR' });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Dossier de preuves' }).click();
    await page.getByRole('button', { name: 'Audit préparé' }).click();
    await page.getByRole('option', { name: new RegExp(`^${audit.reference} — Surveillance`) }).click();
    // The audit's day becomes the pack's date (the date field was not touched).
    const shownDate = async () => ((await page.getByRole('group', { name: 'Date du dossier' }).textContent()) ?? '').replace(/\D/g, '');
    await expect.poll(shownDate).toBe(day.typed);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Générer le PDF' }).click();
    const downloadButton = page.getByRole('button', { name: 'Télécharger le PDF' });
    await downloadButton.waitFor({ timeout: 30_000 });
    const packDownload = page.waitForEvent('download');
    await downloadButton.click();
    const packPath = path.join(dir, 'dossier-audit.pdf');
    await (await packDownload).saveAs(packPath);
    const pack = await readPdf(packPath);
    const cover = (pack.pages[0] ?? '').replace(/\s+/g, ' ');
    expect(cover).toContain('Cèdre ISO 9001');
    expect(cover).toContain('AFNOR Certification');
    expect(cover).toContain(`Audit ${audit.reference} — Audit de surveillance, le `);
    expect(pack.outline.map((entry) => entry.title)).toContain(packSectionTitles.audits);
    expect(pack.outline.map((entry) => entry.title)).toContain(packSectionTitles.followUp);

    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Audits', exact: true }).click();
    await page.getByRole('link', { name: audit.reference }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: new RegExp(audit.reference) }).count()).toBe(1);
    // The body's audit is the body's: Sève prints its findings and the structure's responses, not a report in its name.
    await page.getByRole('button', { name: 'Constats et réponses (PDF)' }).click();
    const reportButton = page.getByRole('button', { name: 'Télécharger le PDF' });
    await reportButton.waitFor({ timeout: 30_000 });
    expect(await accessibilityViolations(page)).toEqual([]);
    const reportDownload = page.waitForEvent('download');
    await reportButton.click();
    const saved = await reportDownload;
    expect(saved.suggestedFilename()).toBe(`Constats et réponses – ${audit.reference}.pdf`);
    const reportPath = path.join(dir, 'rapport.pdf');
    await saved.saveAs(reportPath);
    const report = await readPdf(reportPath);
    expect(report.outline[0]?.title).toBe(`Constats de l’audit ${audit.reference} et réponses de la structure`);
    const reportText = report.pages.join('\n').replace(/\s+/g, ' ');
    expect(reportText).toContain('Le rapport d’audit est celui de l’organisme certificateur.');
    expect(reportText).not.toContain('Signature');
    expect(errors).toEqual([]);
    await page.close();
  });
});

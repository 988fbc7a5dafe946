import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/pdf';
import { callApi } from './support/api';
import { accessibilityViolations } from './support/axe';
import { startBrowserMode, type BrowserModeServer } from './support/browserMode';
import { launchChromium } from './support/chromium';

type Finding = { id: number; nonconformity: { id: number; reference: string } | null };

describe('the action plan after an audit, from the audit page in browser mode', () => {
  let dir: string;
  let server: BrowserModeServer;
  let browser: Browser;
  let auditId: number;
  let ncReference: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-plan-'));
    server = await startBrowserMode(path.join(dir, 'qualite.sqlite'));
    await callApi(server, 'organisation.update', { name: 'Association Élan', indiceScheme: 'numeric' });
    const audit = await callApi<{ id: number }>(server, 'audits.create', {
      type: 'etape_2',
      certificationId: null,
      title: null,
      startDate: '2026-03-02',
      endDate: '2026-03-03',
      status: 'rapport_recu',
      leadAuditor: { personId: null, externalName: 'Claire Martin (AFNOR)' },
      auditors: [],
      auditeeIds: [],
      processIds: [],
      requirementIds: [],
      notes: null,
    });
    auditId = audit.id;
    const grades = await callApi<{ id: number; code: string }[]>(server, 'audits.grades', { auditId });
    const finding = await callApi<Finding>(server, 'audits.addFinding', {
      auditId,
      fields: {
        gradeId: grades.find((grade) => grade.code === 'nc_mineure')?.id,
        requirementId: null,
        processId: null,
        description: 'Les réclamations ne sont pas analysées.',
        evidence: null,
        responseDue: null,
        status: 'a_traiter',
      },
    });
    ncReference = finding.nonconformity?.reference ?? '';
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('downloads "Plan d’actions (PDF)" with the NC the finding opened, and the page stays accessible', async () => {
    expect(ncReference).toMatch(/^NC-\d{4}-001$/);
    const page = await browser.newPage({ acceptDownloads: true, locale: 'fr-FR' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${server.url}#/audits/${auditId}`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: /AUD-2026-01/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Plan d’actions (PDF)' }).click();
    const downloadButton = page.getByRole('button', { name: 'Télécharger le PDF' });
    await downloadButton.waitFor({ timeout: 30_000 });
    expect(await accessibilityViolations(page)).toEqual([]);
    const downloadEvent = page.waitForEvent('download');
    await downloadButton.click();
    const saved = await downloadEvent;
    expect(saved.suggestedFilename()).toBe('Plan d’actions – AUD-2026-01.pdf');
    const pdfPath = path.join(dir, 'plan.pdf');
    await saved.saveAs(pdfPath);
    const pdf = await readPdf(pdfPath);
    const text = pdf.pages.join('\n').replace(/[\u202F\u00A0]/g, ' ');
    expect(text).toContain('Plan d’actions — AUD-2026-01');
    expect(text).toContain(ncReference);
    expect(text).toContain('Les réclamations ne sont pas analysées.');
    expect(pdf.outline.map((entry) => entry.title)).toContain(`Constat 1 — NC mineure — ${ncReference}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManagementReview } from '../../shared/schemas/management-review';
import type { PackJob } from '../../shared/schemas/pack';
import { expectOk, type TestBackend } from '../helpers/backend';
import { measureExits, sortiesDynamiques } from '../helpers/indicators';
import { auditWithFinding } from '../helpers/nonconformities';
import { openPackBackend, waitForJob } from '../helpers/packBackend';
import { flatText, hasTool, pdfFonts, qpdfCheck, readPdf } from '../helpers/pdf';

const DECISIONS = ['Former les encadrants à l’entretien de bilan de sortie.', 'Recruter un second CIP à mi-temps.'];

/** Runs a PDF job to its end and saves the download as `name`. */
const pdfOf = async (backend: TestBackend, started: { jobId: string }, name: string): Promise<{ job: PackJob; pdfPath: string }> => {
  const job = await waitForJob(backend, started.jobId);
  if (job.state !== 'done') throw new Error(JSON.stringify(job));
  const download = await backend.api.invoke('pack.download', { jobId: started.jobId });
  if (!download.ok) throw new Error(JSON.stringify(download.error));
  const pdfPath = path.join(backend.dir, name);
  fs.writeFileSync(pdfPath, (download.value as { content: Uint8Array }).content);
  return { job, pdfPath };
};

describe('the management review minutes and the pack’s §9.3 section, read back with pdf.js', { timeout: 60_000 }, () => {
  let backend: TestBackend;
  let review: ManagementReview;

  beforeAll(async () => {
    backend = await openPackBackend();
    const director = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Claire Martin', jobTitle: 'Directrice' })).id;
    const rq = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' }))
      .id;
    await auditWithFinding(backend.api, { startDate: '2026-03-02', endDate: '2026-03-03' });
    const indicator = await sortiesDynamiques(backend.api, director);
    await measureExits(backend.api, indicator.id, '2026-01-01', [5, 4, 3], 20);
    await measureExits(backend.api, indicator.id, '2026-04-01', [3, 2, 4], 20);
    await measureExits(backend.api, indicator.id, '2026-07-01', [6, 3, 4], 20);
    await measureExits(backend.api, indicator.id, '2026-10-01', [6, 4, 3], 20);
    review = await expectOk<ManagementReview>(backend.api, 'managementReview.create', {
      heldOn: '2026-11-26',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      participantIds: [director, rq],
      otherParticipants: 'M. Perrin, administrateur',
      contextChanges: 'Nouveau marché d’entretien des espaces verts avec la commune.',
      resources: null,
      risksOpportunities: null,
      externalProviders: null,
      conclusion: 'Le SMQ est adapté ; l’accompagnement vers la sortie reste à renforcer.',
    });
    for (const [index, text] of DECISIONS.entries()) {
      review = await expectOk<ManagementReview>(backend.api, 'managementReview.addDecision', {
        reviewId: review.id,
        kind: index === 0 ? 'amelioration' : 'ressources',
        text,
        action: { type: 'amelioration', ownerId: index === 0 ? rq : director, dueDate: '2027-03-31', processId: null },
      });
    }
  }, 60_000);
  afterAll(() => backend.close());

  it('prints the minutes with the participants, the indicator against its target, and the decisions with their actions', async () => {
    const started = await expectOk<{ jobId: string }>(backend.api, 'managementReview.startMinutes', { reviewId: review.id });
    const { job, pdfPath } = await pdfOf(backend, started, 'revue.pdf');
    expect(job.fileName).toBe('Revue de direction – 2026-11-26.pdf');
    const pdf = await readPdf(pdfPath);
    const text = flatText(pdf.pages);
    expect(text).toContain('Compte rendu de la revue de direction du 26 novembre 2026');
    for (const name of ['Claire Martin (Directrice)', 'Amélie Durand (Responsable qualité)', 'M. Perrin, administrateur'])
      expect(text).toContain(name);
    expect(text).toContain('Taux de sorties dynamiques');
    expect(text).toContain('T2 2026 : 45 % ✗');
    expect(text).toContain('Cible 60 %');
    expect(text).toContain('✓ Atteint');
    for (const decision of DECISIONS) expect(text).toContain(decision);
    expect(text).toContain('ACT-2026-001, Amélie Durand, échéance 31/03/2027');
    expect(text).toContain('AUD-2026-01');
    expect(text).toContain('NC-2026-001');
    expect(pdf.outline.map((entry) => entry.title)).toEqual(
      expect.arrayContaining([
        'Compte rendu de la revue de direction du 26 novembre 2026',
        'Décisions et actions',
        '1. Suite des décisions de la revue précédente',
      ]),
    );
    if (hasTool('qpdf')) expect(qpdfCheck(pdfPath).ok).toBe(true);
    if (hasTool('pdffonts')) expect(pdfFonts(pdfPath).every((font) => font.embedded)).toBe(true);
  });

  it('adds the last held review to the evidence pack’s §9.3 section, and refuses minutes of a review that does not exist', async () => {
    await expectOk(backend.api, 'managementReview.hold', { id: review.id, revision: review.revision });
    const started = await expectOk<{ jobId: string }>(backend.api, 'pack.start', {
      date: '2026-11-26',
      referentialId: null,
      scope: { kind: 'all' },
      sections: ['summary', 'managementReview'],
    });
    const { pdfPath } = await pdfOf(backend, started, 'dossier.pdf');
    const pdf = await readPdf(pdfPath);
    const text = flatText(pdf.pages);
    expect(pdf.outline.map((entry) => entry.title)).toContain('Revue de direction (§ 9.3)');
    expect(text).toContain('Compte rendu de la revue du 26/11/2026');
    for (const decision of DECISIONS) expect(text).toContain(decision);
    expect(await backend.api.invoke('managementReview.startMinutes', { reviewId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

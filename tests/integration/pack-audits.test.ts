import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackFailure } from '../../electron/backend/pack/failure';
import { planPdf } from '../../electron/backend/pack/plan';
import { packSectionIds, packSectionTitles } from '../../shared/domain/pack';
import type { PackJob } from '../../shared/schemas/pack';
import { CHECKLIST_QUESTIONS, LONG_COMMENT_END, buildAuditFile } from '../helpers/auditFixture';
import { expectOk, type TestBackend } from '../helpers/backend';
import { dataChecksum } from '../helpers/checksum';
import { openPackBackend, waitForJob } from '../helpers/packBackend';
import { hasTool, pdfFonts, qpdfCheck, readPdf } from '../helpers/pdf';

const SECTION = packSectionTitles.audits;

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

// pdf.js returns French typography's narrow spaces, and a table cell may wrap over lines.
const flat = (pages: string[]): string => pages.join('\n').replace(/\s+/g, ' ');

const checkFile = (pdfPath: string): void => {
  if (hasTool('qpdf')) expect(qpdfCheck(pdfPath).ok, qpdfCheck(pdfPath).output).toBe(true);
  if (hasTool('pdffonts')) expect(pdfFonts(pdfPath).filter((font) => !font.embedded)).toEqual([]);
};

describe('the audits in the evidence pack, generated in its worker and read back with pdf.js', { timeout: 60_000 }, () => {
  let backend: TestBackend;
  let fixture: Awaited<ReturnType<typeof buildAuditFile>>;
  let pdf: Awaited<ReturnType<typeof readPdf>>;
  let text: string;
  let pdfPath: string;

  beforeAll(async () => {
    backend = await openPackBackend();
    fixture = await buildAuditFile(backend);
    const started = await expectOk<{ jobId: string }>(backend.api, 'pack.start', {
      date: '2026-11-26',
      referentialId: fixture.certification.referentialId,
      scope: { kind: 'all' },
      sections: [...packSectionIds],
      auditId: fixture.audits.surveillance.id,
    });
    ({ pdfPath } = await pdfOf(backend, started, 'dossier-audits.pdf'));
    pdf = await readPdf(pdfPath);
    text = flat(pdf.pages);
  }, 90_000);
  afterAll(() => backend.close());

  it('names on the cover the audit the pack is for, and its certification', () => {
    const cover = flat([pdf.pages[0] ?? '']);
    expect(cover).toContain('Schéma de certification Cèdre ISO 9001');
    expect(cover).toContain('Organisme certificateur AFNOR Certification');
    expect(cover).toContain('n° CED-2026-0042, valable du 15 mars 2026 au 14 mars 2029 (certifié)');
    expect(cover).toContain('Audit AUD-2027-01 — Audit de surveillance, du 10 février 2027 au 11 février 2027');
    expect(cover).not.toMatch(/(Schéma de certification|Organisme certificateur|Certificat|Audit) non renseigné/);
  });

  it('puts the section after this period’s performance, with the programme and each internal audit held under it in the outline', () => {
    const titles = pdf.outline.map((entry) => `${entry.level} ${entry.title}`);
    const start = titles.indexOf(`1 ${SECTION}`);
    const performance = titles.indexOf(`1 ${packSectionTitles.performance}`);
    expect(titles.slice(performance + 1, start).every((title) => title.startsWith('2 '))).toBe(true);
    const next = titles.findIndex((title, index) => index > start && title.startsWith('1 '));
    // The body's étape 2 is the body's: its findings and our responses are in the follow-up section.
    expect(titles.slice(start + 1, next)).toEqual([
      '2 Programme d’audit du cycle',
      '2 AUD-2026-02 — Audit du processus Pilotage',
      '2 AUD-2026-03 — Audit du processus Accueil et recrutement',
    ]);
    const followUp = titles.indexOf(`1 ${packSectionTitles.followUp}`);
    expect(followUp).toBeGreaterThan(0);
    expect(followUp).toBeLessThan(start);
  });

  it('prints the programme with the warnings the app computes, and the audit after the pack’s date as planned only', () => {
    const section = flat(pdf.pages.slice((pdf.outline.find((entry) => entry.title === SECTION)?.page ?? 1) - 1));
    expect(section).toContain('Cycle du 15 mars 2026 au 14 mars 2029 (certification Cèdre ISO 9001, AFNOR Certification)');
    expect(section).toContain('AUD-2026-02 · 10/04/2026 · clos');
    expect(section).toContain('Le processus « Achats et prestataires » n’a aucun audit interne prévu dans le cycle');
    expect(section).toContain(
      'Sophie Lefèvre audite le processus « Accueil et recrutement » dont il ou elle est pilote (audit AUD-2026-03)',
    );
    expect(section).toContain('Audits prévus après le 26/11/2026');
    expect(section).toMatch(/AUD-2027-01 Audit de surveillance 10\/02\/2027 – 11\/02\/2027/);
    expect(pdf.outline.map((entry) => entry.title).join('\n')).not.toContain('AUD-2027-01');
  });

  it('prints each report: team, scope, checklist results, findings by grade with their NC, empty parts said so', () => {
    for (const question of CHECKLIST_QUESTIONS) expect(text).toContain(question);
    expect(text).toContain(LONG_COMMENT_END);
    expect(text).toContain('Responsable d’audit Sophie Lefèvre');
    expect(text).toContain('Claire Martin (réseau COORACE) (externe)');
    expect(text).toContain('Exigences auditées 8.2 Exigences relatives aux produits et services');
    for (const result of ['Conforme', 'Constat', 'Non vu', 'À renseigner']) expect(text).toContain(result);
    expect(text).toContain('NC mineure 9.1.2');
    expect(text).toContain('Preuve : Questionnaires reçus en janvier, sans synthèse.');
    expect(text).toContain('NC-2026-002 À traiter');
    expect(text).toContain('Point fort');
    // A point fort calls for no answer: the report never says it is "levé".
    expect(text).toContain('Sans réponse attendue');
    expect(text).toContain('Point sensible');
    expect(text).toContain('Checklist vide : aucune question enregistrée pour cet audit.');
    expect(text).toContain('Aucun constat enregistré pour cet audit.');
  });

  it('leaves the cancelled audit out everywhere', () => {
    expect(text).not.toContain('AUD-2026-04');
    expect(text).not.toContain('Audit annulé des achats');
  });

  it('fills the coverage matrix’s "Dernier audit" column with the last audit held and what it found', () => {
    const coverage = flat(pdf.pages.slice((pdf.outline.find((entry) => entry.title.startsWith('Matrice'))?.page ?? 1) - 1));
    expect(coverage).toContain('Dernier audit');
    expect(coverage).toContain('AUD-2026-03 · NC mineure');
    expect(coverage).toContain('AUD-2026-03 · Point fort');
    expect(coverage).toContain('AUD-2026-02 · audité');
    expect(coverage).toContain('AUD-2026-01 · Point sensible');
    expect(coverage).toContain('AUD-2026-01 · NC mineure');
  });

  it('adds the audits’ figures to the summary: internal audits held against planned, the last external audit by grade', () => {
    const start = (pdf.outline.find((entry) => entry.title === packSectionTitles.summary)?.page ?? 1) - 1;
    const summary = flat(pdf.pages.slice(start, start + 2));
    expect(summary).toContain('2 / 2 audits internes réalisés sur ceux prévus dans le cycle (15/03/2026 – 14/03/2029)');
    expect(summary).toContain('2 / 2 audits internes réalisés sur ceux prévus ces 12 derniers mois');
    expect(summary).toContain('1 NC au dernier audit de l’organisme certificateur (AUD-2026-01, 20/02/2026)');
  });

  it('embeds the audit’s report file and lists it with its audit', () => {
    const embedded = pdf.attachments.find((attachment) => attachment.filename === fixture.auditReport.fileName);
    expect(embedded).toBeDefined();
    expect(text).toContain('Audit AUD-2026-01');
    expect(text).toContain(fixture.auditReport.sha256.slice(0, 16));
  });

  it('passes qpdf --check and embeds every font', () => checkFile(pdfPath));

  it('prints one audit’s report as its own PDF', async () => {
    const started = await expectOk<{ jobId: string }>(backend.api, 'audits.startReport', { auditId: fixture.audits.accueil.id });
    const { job, pdfPath: reportPath } = await pdfOf(backend, started, 'rapport.pdf');
    expect(job.fileName).toBe('Rapport d’audit – AUD-2026-03.pdf');
    const report = await readPdf(reportPath);
    const body = flat(report.pages);
    expect(report.outline.map((entry) => entry.title)).toEqual([
      'Rapport d’audit AUD-2026-03 — Audit du processus Accueil et recrutement',
      'Validation du rapport',
    ]);
    for (const question of CHECKLIST_QUESTIONS) expect(body).toContain(question);
    expect(body).toContain('NC mineure');
    expect(body).toContain('NC-2026-002');
    expect(body).toContain(LONG_COMMENT_END);
    expect(body).not.toContain('AUD-2026-01');
    expect(fs.readFileSync(reportPath).toString('latin1')).toContain('<pdfaid:part>2</pdfaid:part>');
    checkFile(reportPath);
  });

  it('narrows the audits to the pack’s scope: a process, or requirements (lines outside them said left out)', async () => {
    const byProcess = await expectOk<{ jobId: string }>(backend.api, 'pack.start', {
      date: '2026-11-26',
      referentialId: fixture.certification.referentialId,
      scope: { kind: 'processes', processIds: [fixture.processes.pilotage.id] },
      sections: ['audits'],
    });
    const pilotage = await readPdf((await pdfOf(backend, byProcess, 'pilotage.pdf')).pdfPath);
    expect(pilotage.outline.filter((entry) => entry.level === 2).map((entry) => entry.title)).toEqual([
      'Programme d’audit du cycle',
      'AUD-2026-02 — Audit du processus Pilotage',
    ]);
    expect(flat(pilotage.pages)).not.toContain('Accueil et recrutement Pilote');

    const byRequirement = await expectOk<{ jobId: string }>(backend.api, 'pack.start', {
      date: '2026-11-26',
      referentialId: fixture.certification.referentialId,
      scope: { kind: 'requirements', requirementIds: [fixture.requirements.get('9.1.2')?.id] },
      sections: ['audits'],
    });
    const satisfaction = await readPdf((await pdfOf(backend, byRequirement, 'satisfaction.pdf')).pdfPath);
    const body = flat(satisfaction.pages);
    expect(satisfaction.outline.map((entry) => entry.title)).toContain('AUD-2026-03 — Audit du processus Accueil et recrutement');
    expect(satisfaction.outline.map((entry) => entry.title)).not.toContain('AUD-2026-02 — Audit du processus Pilotage');
    expect(body).toContain(CHECKLIST_QUESTIONS[1]);
    expect(body).not.toContain(CHECKLIST_QUESTIONS[0]);
    expect(body).toContain('Hors du périmètre du dossier, 1 question(s) et 1 constat(s) de cet audit ne sont pas reproduits.');
  });

  it('refuses in French an audit that does not exist or was cancelled, and writes nothing', async () => {
    const before = dataChecksum(backend.filePath);
    const pack = (auditId: number) =>
      backend.api.invoke('pack.start', { date: '2026-11-26', referentialId: null, scope: { kind: 'all' }, sections: ['audits'], auditId });
    expect(await pack(999)).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('Cet audit') } });
    expect(await pack(fixture.audits.cancelled.id)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('AUD-2026-04 est annulé') },
    });
    expect(await backend.api.invoke('audits.startReport', { auditId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await backend.api.invoke('audits.startReport', { auditId: fixture.audits.cancelled.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('annulé') },
    });
    expect(
      await backend.api.invoke('pack.start', {
        date: '2026-11-26',
        referentialId: null,
        scope: { kind: 'all' },
        sections: ['audits'],
        auditId: 'AUD-2026-01',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(dataChecksum(backend.filePath)).toBe(before);
  });

  it('is refused by the worker too when the audit disappeared after the request', () => {
    const db = new Database(backend.filePath, { readonly: true });
    try {
      const plan = () =>
        planPdf(
          db,
          { kind: 'pack', date: '2026-11-26', referentialId: null, scope: { kind: 'all' }, sections: ['audits'], auditId: 999 },
          { producer: 'Test', generatedAt: new Date('2026-11-26T10:00:00Z'), packId: 'DP-TEST' },
          () => undefined,
        );
      expect(plan).toThrow(PackFailure);
      expect(plan).toThrow('Cet audit est introuvable');
      expect(() =>
        planPdf(
          db,
          { kind: 'auditReport', auditId: 999 },
          { producer: 'Test', generatedAt: new Date('2026-11-26T10:00:00Z'), packId: 'DP-TEST' },
          () => undefined,
        ),
      ).toThrow(PackFailure);
    } finally {
      db.close();
    }
  });
});

describe('the audits in the pack of a file that has none yet', { timeout: 60_000 }, () => {
  it('says so in every part rather than leaving it out or printing "0 / 0"', async () => {
    const backend = await openPackBackend();
    try {
      const started = await expectOk<{ jobId: string }>(backend.api, 'pack.start', {
        date: '2026-11-26',
        referentialId: null,
        scope: { kind: 'all' },
        sections: ['summary', 'audits', 'evidence'],
      });
      const { pdfPath } = await pdfOf(backend, started, 'vide.pdf');
      const pdf = await readPdf(pdfPath);
      const text = flat(pdf.pages);
      expect(flat([pdf.pages[0] ?? ''])).toContain('Schéma de certification non renseigné');
      expect(flat([pdf.pages[0] ?? ''])).toContain('Audit aucun audit choisi');
      expect(text).toContain('0 aucun audit interne prévu dans le cycle (01/01/2024 – 31/12/2026)');
      expect(text).toContain('aucun audit de l’organisme certificateur à cette date');
      expect(text).toContain('Cycle du 1er janvier 2024 au 31 décembre 2026 (aucune certification enregistrée');
      expect(text).toContain('Aucun processus décrit dans ce périmètre.');
      expect(text).toContain('Aucun audit interne du cycle n’a eu lieu à la date du 26/11/2026 dans ce périmètre.');
      expect(pdf.outline.filter((entry) => entry.level === 2).map((entry) => entry.title)).toContain('Programme d’audit du cycle');
      checkFile(pdfPath);
    } finally {
      backend.close();
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHistoryChain, registerHistoryHash } from '../../electron/backend/history/chain';
import { packSectionTitles } from '../../shared/domain/pack';
import type { PackJob } from '../../shared/schemas/pack';
import { expectOk, type TestBackend } from '../helpers/backend';
import { openPackBackend, packOf, waitForJob } from '../helpers/packBackend';
import { buildRealisticFile, sha256Of } from '../helpers/packFixture';
import { hasTool, pdfFonts, qpdfCheck, readPdf } from '../helpers/pdf';

describe('the evidence pack, generated in its worker and read back with pdf.js', { timeout: 30_000 }, () => {
  let backend: TestBackend;
  let fixture: Awaited<ReturnType<typeof buildRealisticFile>>;
  let pdfPath: string;
  let job: PackJob;

  beforeAll(async () => {
    backend = await openPackBackend();
    fixture = await buildRealisticFile(backend);
    const referential = [...fixture.requirements.values()][0]?.referentialId ?? null;
    ({ job, pdfPath } = await packOf(backend, referential, 'dossier.pdf'));
  }, 60_000);
  afterAll(() => backend.close());

  it('finishes with every file embedded', () => {
    expect(job.state, job.message ?? '').toBe('done');
    expect(job.embeddedFiles).toBe(3);
    expect(job.missingFiles).toBe(0);
    expect(job.fileName).toBe('Dossier de preuves – Association Tremplin — Économie solidaire – 2026-11-26.pdf');
  });

  it('reads back: pages, accented title, outline, attachments byte for byte', async () => {
    const pdf = await readPdf(pdfPath);
    expect(pdf.pageCount).toBe(job.pages);
    // French typography puts a narrow no-break space before the colon; a table cell may wrap the title.
    const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Procédure d’accueil des salariés');
    expect(text).toContain('œuvre commune');
    // A file with no nonconformity says so in the summary rather than drawing a chart of zeros.
    expect(text.replace(/\u202F/g, ' ')).toContain('Aucune non-conformité détectée jusqu’à cette date.');
    expect(text).not.toContain('Non-conformités par gravité et par état');
    expect(pdf.outline.map((entry) => entry.title.replace(/\u202F/g, ' '))).toEqual(
      expect.arrayContaining((['summary', 'documents', 'reviews', 'coverage', 'evidence'] as const).map((id) => packSectionTitles[id])),
    );
    expect(pdf.attachments).toHaveLength(3);
    for (const file of fixture.files) {
      const embedded = pdf.attachments.find((attachment) => attachment.filename === file.fileName);
      expect(embedded, file.fileName).toBeDefined();
      expect(sha256Of(embedded?.content ?? new Uint8Array())).toBe(file.sha256);
    }
  });

  it('prints on its cover the history’s size, the state of its hash chain and its head', async () => {
    const db = new Database(backend.filePath, { readonly: true });
    const chain = checkHistoryChain(db);
    db.close();
    expect(chain.intact).toBe(true);
    const cover = (await readPdf(pdfPath)).pages[0]?.replace(/\s+/g, ' ').replace(/\u202F/g, ' ') ?? '';
    expect(cover).toContain(
      `${new Intl.NumberFormat('fr-FR').format(chain.entries).replace(/\u202F/g, ' ')} entrées, chaîne d’empreintes intacte`,
    );
    expect(cover).toContain(`SHA-256 ${chain.head?.match(/.{16}/g)?.join(' ')}`);
  });

  it('says on the cover from which entry the chain breaks once a history row was edited behind Sève’s back', async () => {
    const db = new Database(backend.filePath);
    registerHistoryHash(db);
    const triggers = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'history'").all() as {
      name: string;
      sql: string;
    }[];
    const edited = db.prepare('SELECT id FROM history ORDER BY id LIMIT 1 OFFSET 3').pluck().get() as number;
    db.transaction(() => {
      for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
      db.prepare("UPDATE history SET actor = 'Quelqu’un d’autre' WHERE id = ?").run(edited);
      for (const trigger of triggers) db.exec(trigger.sql);
    })();
    db.close();
    const referential = [...fixture.requirements.values()][0]?.referentialId ?? null;
    const editedPack = await packOf(backend, referential, 'dossier-modifie.pdf');
    expect(editedPack.job.state, editedPack.job.message ?? '').toBe('done');
    const cover = (await readPdf(editedPack.pdfPath)).pages[0]?.replace(/\s+/g, ' ').replace(/\u202F/g, ' ') ?? '';
    expect(cover).toContain(`chaîne d’empreintes rompue à partir de l’entrée n° ${edited} : l’historique a été modifié en dehors de Sève`);
  });

  it('prints in the table of contents the pages where the sections start, as the outline does', async () => {
    const pdf = await readPdf(pdfPath);
    const contents = (pdf.pages[1] ?? '').replace(/\s+/g, ' ');
    const sections = pdf.outline
      .filter((entry) => entry.level === 1 && !['Couverture', 'Sommaire'].includes(entry.title))
      .map((entry) => ({ ...entry, title: entry.title.replace(/\u202F/g, ' ') }));
    expect(sections).toHaveLength(5);
    for (const section of sections) {
      const printed = new RegExp(`${section.title} (\\d+)`).exec(contents)?.[1];
      expect(Number(printed), section.title).toBe(section.page);
      expect(
        (pdf.pages[section.page - 1] ?? '')
          .replace(/\u202F/g, ' ')
          .split('\n')
          .slice(1, 3)
          .join(' '),
        section.title,
      ).toContain(section.title);
    }
    expect(pdf.pages[pdf.pageCount - 1]).toContain(`page ${pdf.pageCount} / ${pdf.pageCount}`);
  });

  it('declares PDF/A-3b (files are embedded), French, tagged, with its title', async () => {
    const bytes = fs.readFileSync(pdfPath).toString('latin1');
    expect(bytes).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(bytes).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(bytes).toMatch(/\/Lang \(fr-FR\)/);
    expect(bytes).toMatch(/\/Marked true/);
    expect(bytes).toMatch(/\/AFRelationship \/Supplement/);
    expect((await readPdf(pdfPath)).info.Title).toBe('Dossier de preuves — Association Tremplin — Économie solidaire — 26 novembre 2026');
  });

  it('prints a document’s read-acknowledgement sheet (PDF/A-2b: nothing embedded)', async () => {
    const { jobId } = await expectOk<{ jobId: string }>(backend.api, 'pack.startReadSheet', {
      documentId: fixture.documents.welcome.documentId,
    });
    const sheet = await waitForJob(backend, jobId);
    expect(sheet.state, sheet.message ?? '').toBe('done');
    expect(sheet.fileName).toBe('Émargement – PR-001 – indice 1.pdf');
    const download = await backend.api.invoke('pack.download', { jobId });
    if (!download.ok) throw new Error(JSON.stringify(download.error));
    const sheetPath = path.join(backend.dir, 'emargement.pdf');
    fs.writeFileSync(sheetPath, (download.value as { content: Uint8Array }).content);
    const text = (await readPdf(sheetPath)).pages.join('\n').replace(/\u202F/g, ' ');
    expect(text).toContain('Feuille d’émargement');
    expect(text).toContain('PR-001 — Procédure d’accueil des salariés en insertion : œuvre commune');
    expect(text).toContain('Amélie Durand');
    expect(text).toContain('Sophie Lefèvre');
    expect(fs.readFileSync(sheetPath).toString('latin1')).toContain('<pdfaid:part>2</pdfaid:part>');
    if (hasTool('qpdf')) expect(qpdfCheck(sheetPath).ok).toBe(true);
  });

  it.runIf(hasTool('qpdf'))('passes qpdf --check', () => {
    const check = qpdfCheck(pdfPath);
    expect(check.ok, check.output).toBe(true);
  });

  it.runIf(hasTool('pdffonts'))('embeds every font', () => {
    const fonts = pdfFonts(pdfPath);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });
});

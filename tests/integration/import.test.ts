import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attachment } from '../../shared/schemas/files';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { ImportJob, ImportScanResult } from '../../shared/schemas/import';
import type { QualityDocument } from '../../shared/schemas/documents';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';
import { makeDocumentsFolder } from '../helpers/importFolder';

const waitForImport = async (backend: TestBackend, jobId: string): Promise<ImportJob> => {
  for (let attempt = 0; attempt < 600; attempt++) {
    const job = await expectOk<ImportJob>(backend.api, 'imports.progress', { jobId });
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('import did not finish');
};

const tickAll = (scan: ImportScanResult) =>
  scan.files
    .filter((file) => file.status === 'pret')
    .map((file) => ({ fileId: file.id, ...file.proposal, effectiveDate: file.modifiedOn }));

describe('importing a folder of existing documents', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
  });
  afterEach(() => backend.close());

  it('lists 40 mixed files with a proposal each, imports the 37 good ones in force with their file, and reports the rest', async () => {
    const accueil = await expectOk<{ id: number }>(backend.api, 'processes.create', {
      name: 'Accueil et recrutement',
      kind: 'realisation',
      pilotId: null,
    });
    const made = makeDocumentsFolder(backend.dir, { count: 40, duplicates: 2, unreadable: 1, size: 4096 });
    fs.writeFileSync(path.join(made.folder, 'Thumbs.db'), 'x');
    fs.utimesSync(
      path.join(made.folder, 'Pilotage', 'Politique qualité 007.pdf'),
      new Date('2024-03-15T10:00:00Z'),
      new Date('2024-03-15T10:00:00Z'),
    );
    const scan = await expectOk<ImportScanResult>(backend.api, 'imports.scan', { folder: made.folder });
    expect(scan.files).toHaveLength(40);
    expect(scan.skipped).toBe(1);
    const byPath = (relativePath: string) => scan.files.find((file) => file.relativePath === relativePath);
    expect(byPath('Accueil et recrutement/Procédure accueil des salariés 001.pdf')).toMatchObject({
      status: 'pret',
      proposal: { title: 'Procédure accueil des salariés 001', type: 'procedure', processId: accueil.id },
    });
    expect(byPath('Accueil et recrutement/Fiche de liaison prescripteur 002.docx')?.proposal.type).toBe('formulaire');
    expect(byPath('Accueil et recrutement/Compte rendu entretien collectif 003.odt')?.proposal.type).toBe('enregistrement');
    expect(byPath('Mise à disposition/Mode opératoire contrat de mise à disposition 004.docx')?.proposal.type).toBe('mode_operatoire');
    expect(byPath('Pilotage/Politique qualité 007.pdf')).toMatchObject({
      modifiedOn: '2024-03-15',
      proposal: { type: 'politique', processId: null },
    });
    for (const duplicate of made.duplicates)
      expect(byPath(duplicate)).toMatchObject({
        status: 'doublon',
        reason: expect.stringMatching(/^Doublon : même contenu que « .+ »\.$/),
      });
    expect(byPath(made.unreadable[0] ?? '')).toMatchObject({
      status: 'refuse',
      reason: expect.stringContaining('ce n’est pas un PDF valide'),
    });

    const started = await expectOk<{ jobId: string }>(backend.api, 'imports.start', { scanId: scan.scanId, items: tickAll(scan) });
    const job = await waitForImport(backend, started.jobId);
    expect(job).toMatchObject({ state: 'done', total: 37, processed: 37, fraction: 1 });
    expect(job.imported).toHaveLength(37);
    expect(job.refused.map((refusal) => refusal.relativePath).sort()).toEqual([...made.duplicates, ...made.unreadable].sort());

    const documents = await expectOk<QualityDocument[]>(backend.api, 'documents.list', {});
    expect(documents).toHaveLength(37);
    const policy = documents.find((document) => document.title === 'Politique qualité 007');
    expect(policy).toMatchObject({
      type: 'politique',
      status: 'en_vigueur',
      reviewPeriodMonths: 12,
      inForce: { indice: '1', effectiveDate: '2024-03-15' },
    });
    const files = await expectOk<Attachment[]>(backend.api, 'files.list', {
      owner: { entity: 'document_version', id: policy?.inForce?.id },
    });
    expect(files.map((file) => [file.fileName, file.mediaType])).toEqual([['Politique qualité 007.pdf', 'application/pdf']]);
    const timeline = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'document', entityId: policy?.id });
    expect(timeline.map((entry) => entry.action)).toEqual(['file_add', 'create']);

    // The same folder again: everything is already in Sève, so nothing is ready and nothing would be imported twice.
    const again = await expectOk<ImportScanResult>(backend.api, 'imports.scan', { folder: made.folder });
    expect(again.files.filter((file) => file.status === 'pret')).toEqual([]);
    expect(again.files.find((file) => file.relativePath === 'Pilotage/Politique qualité 007.pdf')?.reason).toMatch(
      /^Déjà dans Sève : POL-\d{3} « Politique qualité 007 »\.$/,
    );
  });

  it('refuses what is not a folder of documents, in French, and writes nothing', async () => {
    const missing = await backend.api.invoke('imports.scan', { folder: path.join(backend.dir, 'absent') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('introuvable') } });
    const relative = await backend.api.invoke('imports.scan', { folder: 'Qualité' });
    expect(relative).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { folder: expect.stringContaining('chemin complet') } },
    });
    const expired = await backend.api.invoke('imports.start', {
      scanId: 'inconnu',
      items: [{ fileId: 0, title: 'X', type: 'autre', processId: null, effectiveDate: '2026-01-01' }],
    });
    expect(expired).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('analysez le dossier à nouveau') },
    });
    expect(await expectOk<QualityDocument[]>(backend.api, 'documents.list', {})).toEqual([]);
  });

  it('stops between two files when cancelled, keeping what was imported', async () => {
    const made = makeDocumentsFolder(backend.dir, { count: 30, duplicates: 0, unreadable: 0, size: 256 * 1024 });
    const scan = await expectOk<ImportScanResult>(backend.api, 'imports.scan', { folder: made.folder });
    const started = await expectOk<{ jobId: string }>(backend.api, 'imports.start', { scanId: scan.scanId, items: tickAll(scan) });
    const cancelled = await expectOk<ImportJob>(backend.api, 'imports.cancel', { jobId: started.jobId });
    expect(cancelled.state).toBe('running');
    const job = await waitForImport(backend, started.jobId);
    expect(job.state).toBe('cancelled');
    expect(job.imported.length).toBeLessThan(30);
    expect(job.message).toContain('annulé');
    expect(await expectOk<QualityDocument[]>(backend.api, 'documents.list', {})).toHaveLength(job.imported.length);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../electron/backend/api';
import { createSession, type Session } from '../../electron/backend/session';
import type { AppInfo } from '../../shared/schemas/app';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { PackJob } from '../../shared/schemas/pack';
import { packSectionIds } from '../../shared/domain/pack';
import { expectOk, makeTempDir, type TestBackend } from '../helpers/backend';
import { waitForJob } from '../helpers/packBackend';
import { packWorkerPath } from '../helpers/packWorker';
import { flatText, readPdf } from '../helpers/pdf';

describe('« Découvrir Sève avec un exemple »', { timeout: 120_000 }, () => {
  let backend: TestBackend;
  let session: Session;
  let examples: string;
  let userFile: string;

  beforeAll(async () => {
    const { dir, cleanup } = makeTempDir();
    examples = path.join(dir, 'Exemples');
    userFile = path.join(dir, 'Mon fichier.sqlite');
    session = createSession({
      host: 'browser',
      appVersion: 'test',
      account: 'poste-accueil',
      now: () => new Date('2026-11-26T10:00:00Z'),
      preferencesFolder: path.join(dir, 'poste'),
      typedPaths: true,
      examplesFolder: examples,
      pack: { workerPath: await packWorkerPath(), outputFolder: dir },
    });
    await session.open(userFile);
    const errors: unknown[] = [];
    backend = {
      api: createApi(session, (_message, error) => errors.push(error)),
      session,
      filePath: userFile,
      dir,
      errors,
      close: () => {
        session.close();
        cleanup();
      },
    };
  });
  afterAll(() => backend.close());

  it('writes a fictitious structure with a year of records into a file of its own, and opens it', async () => {
    await expectOk(backend.api, 'people.create', { name: 'Moi-même', jobTitle: null });
    const info = await expectOk<AppInfo>(backend.api, 'example.create', { open: true });
    expect(info.file).toMatchObject({ status: 'open', path: path.join(examples, 'Exemple fictif – Les Jardins de la Sèvre.sqlite') });
    expect(info.organisationName).toBe('Les Jardins de la Sèvre (exemple fictif)');
    // The user's file is untouched: still one person in it.
    expect(fs.existsSync(userFile)).toBe(true);
    const people = await expectOk<{ name: string }[]>(backend.api, 'people.list', {});
    expect(people.map((person) => person.name)).not.toContain('Moi-même');
    // A year of records, each register filled.
    for (const [method, atLeast] of [
      ['documents.list', 8],
      ['audits.list', 3],
      ['nonconformities.list', 2],
      ['actions.list', 4],
      ['complaints.list', 2],
      ['suggestions.list', 2],
      ['managementReview.list', 1],
      ['issues.list', 4],
      ['parties.list', 4],
      ['risks.list', 3],
      ['watch.list', 1],
    ] as const) {
      expect((await expectOk<unknown[]>(backend.api, method, {})).length, method).toBeGreaterThanOrEqual(atLeast);
    }
    // Its records were typed by its fictitious quality lead; the computer's account is kept beside her.
    const [document] = await expectOk<{ id: number }[]>(backend.api, 'documents.list', {});
    const [created] = (
      await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'document', entityId: document?.id })
    ).slice(-1);
    expect(created).toMatchObject({ actor: 'Amélie Durand', account: 'poste-accueil' });
    // This computer's user is not one of its people: Sève asks who they are.
    expect((await expectOk<{ person: unknown }>(backend.api, 'identity.get', {})).person).toBeNull();
  });

  it('builds its evidence pack', async () => {
    const [iso] = await expectOk<{ id: number }[]>(backend.api, 'referentials.list', {});
    const started = await expectOk<{ jobId: string }>(backend.api, 'pack.start', {
      date: '2026-11-26',
      referentialId: iso?.id,
      scope: { kind: 'all' },
      sections: [...packSectionIds],
    });
    const job: PackJob = await waitForJob(backend, started.jobId);
    expect(job).toMatchObject({ state: 'done' });
    const download = await backend.api.invoke('pack.download', { jobId: started.jobId });
    if (!download.ok) throw new Error(JSON.stringify(download.error));
    const pdfPath = path.join(backend.dir, 'exemple.pdf');
    fs.writeFileSync(pdfPath, (download.value as { content: Uint8Array }).content);
    const pdf = await readPdf(pdfPath);
    const text = flatText(pdf.pages);
    expect(pdf.pageCount).toBeGreaterThan(10);
    expect(text).toContain('Les Jardins de la Sèvre (exemple fictif)');
    expect(text).toContain('Traitement des réclamations');
    expect(text).toContain('Les réclamations reçues ne sont ni toutes enregistrées ni analysées.');
  });

  it('never replaces an example: a second one gets a number', async () => {
    const info = await expectOk<AppInfo>(backend.api, 'example.create', { open: true });
    expect(info.file).toMatchObject({ path: path.join(examples, 'Exemple fictif – Les Jardins de la Sèvre (2).sqlite') });
  });
});

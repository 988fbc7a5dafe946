import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../../electron/backend/api';
import { chooseTargetHandler, openPdfHandler, type PackHostOptions } from '../../../electron/main/packHost';
import type { PackJob } from '../../../shared/schemas/pack';
import { expectOk, type TestBackend } from '../../helpers/backend';
import { openPackBackend, waitForJob } from '../../helpers/packBackend';

// The save dialog and shell.openPath are Electron's; recording stand-ins take their place. The
// session, the worker and the files are real.
describe('the desktop host of PDF exports', () => {
  let backend: TestBackend;
  afterEach(() => backend?.close());

  const hostApi = (options: PackHostOptions) =>
    createApi(backend.session, () => undefined, {
      'pack.chooseTarget': chooseTargetHandler(options),
      'pack.open': openPdfHandler(options),
    });

  it('saves where the dialog said (adding .pdf), and opens the result with the system’s reader', async () => {
    backend = await openPackBackend();
    const chosen = path.join(backend.dir, 'Mon dossier');
    const options: PackHostOptions = {
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: chosen })),
      documentsFolder: () => backend.dir,
      openPath: vi.fn(async () => ''),
    };
    const api = hostApi(options);
    const target = await expectOk<{ targetId: string; fileName: string }>(api, 'pack.chooseTarget', {
      suggestedName: 'Émargement – PR-001.pdf',
    });
    expect(target.fileName).toBe('Mon dossier.pdf');
    expect(target.targetId).not.toContain(backend.dir);
    const { jobId } = await expectOk<{ jobId: string }>(api, 'pack.start', {
      date: '2026-11-26',
      referentialId: null,
      scope: { kind: 'all' },
      sections: ['documents'],
      targetId: target.targetId,
    });
    const job: PackJob = await waitForJob(backend, jobId);
    expect(job.state).toBe('done');
    expect(job.savedToTarget).toBe(true);
    expect(fs.readFileSync(`${chosen}.pdf`).subarray(0, 5).toString()).toBe('%PDF-');
    await expectOk(api, 'pack.open', { jobId });
    expect(options.openPath).toHaveBeenCalledWith(`${chosen}.pdf`);
    // A target is used once: the page cannot replay an id to overwrite the file later.
    const replay = await api.invoke('pack.start', {
      date: '2026-11-26',
      referentialId: null,
      scope: { kind: 'all' },
      sections: ['documents'],
      targetId: target.targetId,
    });
    expect(replay).toMatchObject({ ok: false, error: { code: 'not_found' } });
  }, 60_000);

  it('answers null when the dialog is cancelled, and unsupported in browser mode', async () => {
    backend = await openPackBackend();
    const api = hostApi({
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
      documentsFolder: () => backend.dir,
      openPath: async () => '',
    });
    expect(await expectOk(api, 'pack.chooseTarget', { suggestedName: 'Dossier.pdf' })).toBeNull();
    expect(await backend.api.invoke('pack.chooseTarget', { suggestedName: 'Dossier.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPartialRegistry, outputFolderPrefix, processIsAlive, sweepOutputFolders } from '../../../electron/backend/pack/leftovers';
import { createPackJobs } from '../../../electron/backend/pack/jobs';
import { makeTempDir } from '../../helpers/backend';

/** The pid of a process that ran and is gone: what a killed Sève leaves its files under. */
const deadPid = (): number => {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (child.pid === undefined || processIsAlive(child.pid)) throw new Error('no dead pid to test with');
  return child.pid;
};

describe('what a killed Sève leaves of its PDF exports', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('removes the browser-mode PDF folders of processes that are gone, and only those', () => {
    const gone = path.join(dir, `seve-dossiers-${deadPid()}-Ab12Cd`);
    const ours = path.join(dir, `${outputFolderPrefix()}Ef34Gh`);
    const oldLegacy = path.join(dir, 'seve-dossiers-Ij56Kl');
    const newLegacy = path.join(dir, 'seve-dossiers-Mn78Op');
    const unrelated = path.join(dir, 'seve-test-Qr90St');
    for (const folder of [gone, ours, oldLegacy, newLegacy, unrelated]) {
      fs.mkdirSync(path.join(folder, 'job'), { recursive: true });
      fs.writeFileSync(path.join(folder, 'job', 'dossier.pdf'), '%PDF-1.7');
    }
    // The folders whose age counts get their times from the sweep's pinned "now": the answer holds
    // whatever the real clock says (or the file system's, which faketime does not move).
    const now = Date.parse('2026-11-26T10:00:00Z');
    const twoDaysAgo = new Date(now - 2 * 24 * 3600 * 1000);
    fs.utimesSync(oldLegacy, twoDaysAgo, twoDaysAgo);
    fs.utimesSync(newLegacy, new Date(now), new Date(now));
    expect(sweepOutputFolders(dir, undefined, now).sort()).toEqual([gone, oldLegacy].sort());
    expect(fs.readdirSync(dir).sort()).toEqual([ours, newLegacy, unrelated].map((folder) => path.basename(folder)).sort());
  });

  it('removes the temporary PDFs that gone processes were writing, never another file, never a living process’s', () => {
    const records = path.join(dir, 'pdf-en-cours');
    const partial = path.join(dir, '.Dossier de preuves.pdf.0123456789ab.partiel');
    const living = path.join(dir, '.Autre.pdf.ba9876543210.partiel');
    const precious = path.join(dir, 'Dossier de preuves.pdf');
    for (const file of [partial, living, precious]) fs.writeFileSync(file, '%PDF-1.7');
    const dead = deadPid();
    fs.mkdirSync(records);
    fs.writeFileSync(path.join(records, `${dead}-aaaaaaaaaaaa.json`), JSON.stringify({ path: partial }));
    // A record that names a file the worker never writes (damaged or planted): the file stays.
    fs.writeFileSync(path.join(records, `${dead}-bbbbbbbbbbbb.json`), JSON.stringify({ path: precious }));
    fs.writeFileSync(path.join(records, `${dead}-cccccccccccc.json`), '{abîmé');
    const registry = createPartialRegistry(records);
    const forget = registry.remember(living);
    expect(registry.sweep()).toEqual([partial]);
    expect(fs.existsSync(partial)).toBe(false);
    expect(fs.existsSync(precious)).toBe(true);
    expect(fs.existsSync(living)).toBe(true);
    expect(fs.readdirSync(records)).toEqual([expect.stringMatching(new RegExp(`^${process.pid}-[0-9a-f]{12}\\.json$`))]);
    forget();
    expect(fs.readdirSync(records)).toEqual([]);
  });

  it('sweeps when a session’s exports start, in its settings folder and its PDF folder', () => {
    const records = path.join(dir, 'pdf-en-cours');
    const partial = path.join(dir, '.Dossier.pdf.0123456789ab.partiel');
    fs.writeFileSync(partial, '%PDF-1.7');
    fs.mkdirSync(records);
    fs.writeFileSync(path.join(records, `${deadPid()}-aaaaaaaaaaaa.json`), JSON.stringify({ path: partial }));
    const folder = path.join(dir, `seve-dossiers-${deadPid()}-Ab12Cd`);
    fs.mkdirSync(folder);
    createPackJobs({
      host: { workerPath: path.join(dir, 'pack-worker.cjs'), outputFolder: dir },
      actor: () => 'Testeur',
      now: () => new Date('2026-11-26T10:00:00Z'),
      log: () => undefined,
      leftoversFolder: records,
    });
    expect(fs.existsSync(partial)).toBe(false);
    expect(fs.existsSync(folder)).toBe(false);
  });
});

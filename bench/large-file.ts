import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi } from '../electron/backend/api';
import { openSeveFile } from '../electron/backend/db/connection';
import { createSession } from '../electron/backend/session';
import { fillAgendaLoad } from './generate-agenda';
import { fillContextLoad } from './generate-context';
import { fillFile } from './generate';
import { fillLargeLoad } from './generate-large';
import { fillPackLoad } from './generate-pack';

// Bump when the generators change: an older cached file is then built again.
const VERSION = 2;
const now = () => new Date('2026-11-26T10:00:00Z');
const people = 200;

/** Where the built file is kept between runs (never in the repository): the system's temporary folder. */
export const largeFileCache = (): string => process.env.SEVE_BENCH_CACHE ?? path.join(os.tmpdir(), 'seve-bench-cache');

/**
 * Ten years of a large structure, as the issue measured it: 5,000 documents with 4 versions,
 * 100,000 reads, 300 audits, 3,000 NCs, 12,000 actions, 300,000 history rows, 500 files of about
 * 2 Mo, and the context registers (400 risks, 1,000 watch items). `scale` multiplies every count
 * (4: the file four times as large, 4.4 Go). Built once (a few minutes) and reused: the path of the ready file.
 */
export const largeFile = async (scale = 1): Promise<string> => {
  const folder = largeFileCache();
  const filePath = path.join(folder, `dix-ans${scale === 1 ? '' : `-x${scale}`}-v${VERSION}.sqlite`);
  const ready = `${filePath}.pret`;
  if (fs.existsSync(ready) && fs.existsSync(filePath)) {
    console.log(`Fichier de dix ans réutilisé : ${filePath} (${(fs.statSync(filePath).size / 1e6).toFixed(0)} Mo)`);
    return filePath;
  }
  fs.mkdirSync(folder, { recursive: true });
  for (const leftover of [filePath, `${filePath}-wal`, `${filePath}-shm`, `${filePath}-verrou`]) fs.rmSync(leftover, { force: true });
  const started = performance.now();
  // Opened once through a session: the shipped ISO 9001:2015 is loaded, as in a real file.
  const seeding = createSession({ host: 'browser', appVersion: 'bench', account: 'bench', now, preferencesFolder: null });
  await seeding.open(filePath);
  seeding.close();
  const file = await openSeveFile(filePath, { now });
  fillFile(file.db, { people, processes: 14, documents: 5000 * scale, versionsPerDocument: 4, historyRows: 300_000 * scale });
  fillPackLoad(file.db, { files: 0, bytesPerFile: 0, reviewsPerDocument: 2, linksPerRequirement: 6 });
  fillAgendaLoad(file.db, {
    audits: 300 * scale,
    findingsPerAudit: 4,
    actions: 12_000 * scale,
    complaints: 700 * scale,
    indicators: 40,
    people,
  });
  fillContextLoad(file.db, { risks: 400 * scale, watchItems: 1000 * scale, people });
  fillLargeLoad(file.db, { nonconformities: 3000 * scale, reads: 100_000 * scale, files: 500 * scale, bytesPerFile: 1_950_000, people });
  file.db.pragma('wal_checkpoint(TRUNCATE)');
  file.close();
  // One management review, through the contract: its inputs are one of the measured reads.
  const session = createSession({ host: 'browser', appVersion: 'bench', account: 'bench', now, preferencesFolder: null });
  await session.open(filePath);
  const api = createApi(session, (message, error) => console.error(message, error));
  const created = await api.invoke('managementReview.create', {
    heldOn: '2026-11-20',
    periodStart: '2025-11-21',
    periodEnd: '2026-11-20',
    participantIds: [1, 2, 3],
    otherParticipants: null,
    contextChanges: null,
    resources: null,
    risksOpportunities: null,
    externalProviders: null,
    conclusion: null,
  });
  if (!created.ok) throw new Error(`revue de direction : ${JSON.stringify(created.error)}`);
  session.close();
  // The backups the build made are not part of the file measured.
  fs.rmSync(path.join(folder, 'Sauvegardes'), { recursive: true, force: true });
  fs.writeFileSync(ready, new Date().toISOString());
  console.log(
    `Fichier de dix ans construit en ${((performance.now() - started) / 1000).toFixed(0)} s : ${filePath} (${(fs.statSync(filePath).size / 1e6).toFixed(0)} Mo)`,
  );
  return filePath;
};

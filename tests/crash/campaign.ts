import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { passesIntegrityCheck } from '../../electron/backend/backups/copy';
import { bundleChildScript, exited, runChild } from '../helpers/child';

export type CampaignReport = { kills: number; acknowledged: number; lost: string[]; corrupt: string[]; refusedOpenings: string[] };

/** A small seeded generator, so a failing campaign can be replayed with its seed. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const verify = (filePath: string, acked: Map<string, string>, report: CampaignReport, kill: number): void => {
  if (!fs.existsSync(filePath)) return;
  // A plain read-write connection, as the next Sève would open it: SQLite replays or ignores the WAL.
  const db = new Database(filePath);
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') report.corrupt.push(`kill ${kill}: integrity_check = ${String(check)}`);
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) report.corrupt.push(`kill ${kill}: foreign_key_check`);
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    const person = tables.has('people') ? db.prepare<[string], number>('SELECT count(*) FROM people WHERE name = ?').pluck() : null;
    const document = tables.has('documents')
      ? db.prepare<[string], number>('SELECT count(*) FROM documents WHERE title = ?').pluck()
      : null;
    for (const [key, kind] of acked) {
      const found = kind === 'person' ? person?.get(key) : kind === 'document' ? document?.get(key) : 1;
      if (found !== 1) report.lost.push(`kill ${kill}: ${kind} « ${key} »`);
    }
  } finally {
    db.close();
  }
};

/**
 * Kills the real backend with SIGKILL at random moments (while it opens the file, migrates, backs it
 * up, or writes) `kills` times on the same file; after each kill, checks the file with
 * integrity_check and that every acknowledged write is there, and checks every new backup.
 */
export const runCrashCampaign = async (options: {
  dir: string;
  kills: number;
  seed: number;
  maxDelayMs?: number;
}): Promise<CampaignReport> => {
  const script = await bundleChildScript('tests/crash/writer.ts');
  const next = random(options.seed);
  const filePath = path.join(options.dir, 'campagne.sqlite');
  const backups = path.join(options.dir, 'Sauvegardes');
  const checkedBackups = new Set<string>();
  const acked = new Map<string, string>();
  const report: CampaignReport = { kills: 0, acknowledged: 0, lost: [], corrupt: [], refusedOpenings: [] };
  for (let kill = 1; kill <= options.kills; kill += 1) {
    const child = runChild(script, [filePath, `k${kill}`]);
    // One kill in five lands from the start (loading, opening, migrating, the opening backup), the
    // others at a random moment of the writes that follow.
    const duringStartup = next() < 0.2;
    if (!duringStartup) await child.waitFor((line) => line === 'OPEN' || line.startsWith('REFUSED'), 30_000).catch(() => undefined);
    const delay = Math.floor(next() * (duringStartup ? 800 : (options.maxDelayMs ?? 300)));
    await new Promise((resolve) => setTimeout(resolve, delay));
    child.child.kill('SIGKILL');
    await exited(child.child);
    report.kills += 1;
    for (const line of child.lines) {
      const match = /^ACK (\w+) (.+)$/.exec(line);
      if (match?.[1] && match[2]) acked.set(match[2], match[1]);
      if (line.startsWith('REFUSED')) report.refusedOpenings.push(`kill ${kill}: ${line}`);
    }
    verify(filePath, acked, report, kill);
    for (const name of fs.existsSync(backups) ? fs.readdirSync(backups) : []) {
      if (name.startsWith('.') || checkedBackups.has(name)) continue;
      checkedBackups.add(name);
      if (!passesIntegrityCheck(path.join(backups, name))) report.corrupt.push(`kill ${kill}: backup ${name}`);
    }
  }
  report.acknowledged = acked.size;
  return report;
};

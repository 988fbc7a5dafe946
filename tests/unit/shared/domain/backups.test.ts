import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AUTO_BACKUP_INTERVAL_MS,
  backupsToKeep,
  backupsWithinBudget,
  defaultBackupBudget,
  nextAutoBackupAt,
  type DatedBackup,
} from '../../../../shared/domain/backups';

const at = (iso: string) => new Date(iso);
const backup = (id: string, iso: string, kind: DatedBackup['kind'] = 'auto'): DatedBackup => ({ id, createdAt: at(iso), kind });

describe('backup retention', () => {
  it('keeps everything while there are 10 or fewer', () => {
    const backups = Array.from({ length: 10 }, (_, index) => backup(`b${index}`, `2020-01-0${(index % 9) + 1}T12:00:00Z`));
    expect(backupsToKeep(backups, at('2026-11-26T12:00:00Z')).size).toBe(10);
  });

  it('keeps the newest 10, then only the last backup of each day for 30 days', () => {
    const backups: DatedBackup[] = [];
    for (let day = 1; day <= 28; day += 1) {
      const dd = String(day).padStart(2, '0');
      backups.push(backup(`${dd}-a`, `2026-11-${dd}T08:00:00Z`), backup(`${dd}-b`, `2026-11-${dd}T12:00:00Z`));
    }
    const keep = backupsToKeep(backups, at('2026-11-28T13:00:00Z'));
    expect([...keep].filter((id) => id.endsWith('-a')).sort()).toEqual(['24-a', '25-a', '26-a', '27-a', '28-a']);
    expect([...keep].filter((id) => id.endsWith('-b'))).toHaveLength(28);
  });

  it('drops days older than 30 days, but never a pre-migration copy', () => {
    const backups = [
      ...Array.from({ length: 10 }, (_, index) => backup(`recent${index}`, `2026-11-26T0${index}:00:00Z`)),
      backup('old-auto', '2026-09-01T12:00:00Z'),
      backup('old-migration', '2026-09-01T11:00:00Z', 'avant-migration'),
      backup('day-29', '2026-10-28T12:00:00Z'),
      backup('day-30', '2026-10-27T12:00:00Z'),
    ];
    const keep = backupsToKeep(backups, at('2026-11-26T12:00:00Z'));
    expect(keep.has('old-migration')).toBe(true);
    expect(keep.has('old-auto')).toBe(false);
    expect(keep.has('day-29')).toBe(true);
    expect(keep.has('day-30')).toBe(false);
  });
});

describe('automatic backup timing', () => {
  it('backs up at once after a quiet spell, else 15 minutes after the last backup', () => {
    expect(nextAutoBackupAt(null, at('2026-11-26T10:00:00Z'))).toEqual(at('2026-11-26T10:00:00Z'));
    expect(nextAutoBackupAt(at('2026-11-26T09:00:00Z'), at('2026-11-26T10:00:00Z'))).toEqual(at('2026-11-26T10:00:00Z'));
    expect(nextAutoBackupAt(at('2026-11-26T09:55:00Z'), at('2026-11-26T10:00:00Z'))).toEqual(
      new Date(at('2026-11-26T09:55:00Z').getTime() + AUTO_BACKUP_INTERVAL_MS),
    );
  });
});

describe('backup space budget', () => {
  const MB = 1024 * 1024;
  const sized = (id: string, iso: string, sizeBytes: number, kind: DatedBackup['kind'] = 'auto') => ({
    ...backup(id, iso, kind),
    sizeBytes,
  });

  it('defaults to five times the file’s size, never under 500 Mo', () => {
    expect(defaultBackupBudget(10 * MB)).toBe(500 * MB);
    expect(defaultBackupBudget(1100 * MB)).toBe(5500 * MB);
  });

  it('removes the oldest first until the rest fits, keeping the newest, the protected one and pre-migration copies', () => {
    const backups = [
      sized('b1', '2026-11-20T12:00:00Z', 100 * MB),
      sized('m', '2026-11-21T12:00:00Z', 100 * MB, 'avant-migration'),
      sized('b2', '2026-11-22T12:00:00Z', 100 * MB),
      sized('b3', '2026-11-23T12:00:00Z', 100 * MB),
      sized('b4', '2026-11-24T12:00:00Z', 100 * MB),
    ];
    const keep = backupsWithinBudget(backups, new Set(backups.map((entry) => entry.id)), 250 * MB, 'b2');
    expect([...keep].sort()).toEqual(['b2', 'b4', 'm']);
  });

  it('keeps the newest backup even when it alone passes the budget', () => {
    const backups = [sized('old', '2026-11-20T12:00:00Z', 300 * MB), sized('new', '2026-11-21T12:00:00Z', 300 * MB)];
    expect([...backupsWithinBudget(backups, new Set(['old', 'new']), 100 * MB)]).toEqual(['new']);
  });

  it('never keeps what the retention rule dropped, and fits the budget whenever removable backups remain', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ size: fc.integer({ min: 1, max: 50 }), kept: fc.boolean(), migration: fc.boolean() }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 500 }),
        (entries, budget) => {
          const backups = entries.map((entry, index) =>
            sized(
              `b${index}`,
              new Date(Date.UTC(2026, 0, 1) + index * 3_600_000).toISOString(),
              entry.size,
              entry.migration ? 'avant-migration' : 'auto',
            ),
          );
          const keep = new Set(backups.filter((_, index) => entries[index]?.kept).map((entry) => entry.id));
          const result = backupsWithinBudget(backups, keep, budget);
          for (const id of result) expect(keep.has(id)).toBe(true);
          const used = backups.filter((entry) => result.has(entry.id)).reduce((sum, entry) => sum + entry.sizeBytes, 0);
          const newestKept = backups.filter((entry) => keep.has(entry.id)).at(-1);
          const removable = backups.filter((entry) => result.has(entry.id) && entry.kind !== 'avant-migration' && entry !== newestKept);
          if (removable.length > 0) expect(used).toBeLessThanOrEqual(budget);
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { AUTO_BACKUP_INTERVAL_MS, backupsToKeep, nextAutoBackupAt, type DatedBackup } from '../../../../shared/domain/backups';

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

import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from '../../../electron/backend/backups/names';

const dataFile = '/home/marie/Documents/Sève/Sève.sqlite';
const at = new Date('2026-11-26T10:04:05.678Z');

describe('backup file names', () => {
  it('names the data file, the reason and the UTC instant, and reads them back', () => {
    const name = backupFileName(dataFile, 'manuelle', at);
    expect(name).toBe('Sève.manuelle.2026-11-26T10-04-05-678Z.sqlite');
    expect(parseBackupFileName(dataFile, name)).toEqual({ kind: 'manuelle', createdAt: at, fromVersion: null });
    const second = backupFileName(dataFile, 'auto', at, { n: 2 });
    expect(second).toBe('Sève.auto.2026-11-26T10-04-05-678Z-2.sqlite');
    expect(parseBackupFileName(dataFile, second)?.kind).toBe('auto');
  });

  it('reads pre-migration copies with their schema (the name older versions of Sève wrote)', () => {
    expect(parseBackupFileName(dataFile, 'Sève.avant-migration-v3.2026-11-26T10-04-05-678Z.sqlite')).toEqual({
      kind: 'avant-migration',
      createdAt: at,
      fromVersion: 3,
    });
  });

  it('ignores other files: another data file’s backups, partial copies, anything else', () => {
    for (const name of [
      'Sève.sqlite',
      'Autre.manuelle.2026-11-26T10-04-05-678Z.sqlite',
      'Sève.copie.manuelle.2026-11-26T10-04-05-678Z.sqlite',
      '.partiel-Sève-abc.sqlite',
      'Sève.manuelle.2026-13-45T10-04-05-678Z.sqlite',
      'Sève.inconnu.2026-11-26T10-04-05-678Z.sqlite',
      'Sève.manuelle.2026-11-26T10-04-05-678Z.sqlite-journal',
    ]) {
      expect(parseBackupFileName(dataFile, name), name).toBeNull();
    }
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFileArgument } from '../../../electron/main/args';

const cwd = path.resolve('/home/qualite');

describe('dataFileArgument', () => {
  it('reads --db PATH and --db=PATH, resolved from the working folder', () => {
    expect(dataFileArgument(['/usr/bin/electron', '.', '--db', 'essai.sqlite'], cwd)).toEqual({
      kind: 'path',
      path: path.join(cwd, 'essai.sqlite'),
    });
    expect(dataFileArgument(['Sève.exe', '--db=/tmp/a b.sqlite'], cwd)).toEqual({ kind: 'path', path: path.resolve('/tmp/a b.sqlite') });
  });

  it('falls back to the default file without --db', () => {
    expect(dataFileArgument(['/usr/bin/electron', '.', '--enable-logging'], cwd)).toEqual({ kind: 'none' });
    expect(dataFileArgument(['/usr/bin/electron', '.', '--dbx', 'a'], cwd)).toEqual({ kind: 'none' });
  });

  it('reports --db without a value instead of silently opening another file', () => {
    expect(dataFileArgument(['electron', '.', '--db'], cwd)).toEqual({ kind: 'missing_value' });
    expect(dataFileArgument(['electron', '.', '--db='], cwd)).toEqual({ kind: 'missing_value' });
    expect(dataFileArgument(['electron', '.', '--db', '--inspect'], cwd)).toEqual({ kind: 'missing_value' });
  });
});

describe('dataFileArgument and the file manager', () => {
  it('reads a bare .sqlite path, as "Ouvrir avec Sève" passes it', () => {
    expect(dataFileArgument(['C:\\Program Files\\Sève\\Sève.exe', 'qualite.SQLITE'], cwd)).toEqual({
      kind: 'path',
      path: path.join(cwd, 'qualite.SQLITE'),
    });
    expect(dataFileArgument(['/usr/bin/electron', '.', '--flag', 'notes.txt'], cwd)).toEqual({ kind: 'none' });
  });
});

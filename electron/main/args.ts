import path from 'node:path';

export type DataFileArgument = { kind: 'none' } | { kind: 'path'; path: string } | { kind: 'missing_value' };

/**
 * Reads `--db PATH` or `--db=PATH` from the command line (relative paths from `cwd`), or else a
 * bare `….sqlite` argument: what the system passes when a Sève file is opened from the file
 * manager ("Ouvrir avec Sève"). Chromium's own switches and Electron's `.` app path are left alone.
 */
export const dataFileArgument = (argv: readonly string[], cwd: string): DataFileArgument => {
  for (const [index, arg] of argv.entries()) {
    const value = arg === '--db' ? argv[index + 1] : arg.startsWith('--db=') ? arg.slice('--db='.length) : undefined;
    if (arg !== '--db' && value === undefined) continue;
    if (value === undefined || value === '' || value.startsWith('-')) return { kind: 'missing_value' };
    return { kind: 'path', path: path.resolve(cwd, value) };
  }
  const bare = argv.slice(1).find((arg) => !arg.startsWith('-') && /\.sqlite$/i.test(arg));
  return bare === undefined ? { kind: 'none' } : { kind: 'path', path: path.resolve(cwd, bare) };
};

// How the evidence pack's worker is bundled, for the hosts (build.mjs) and the benchmark (bench.mjs).
import { readFileSync } from 'node:fs';

export const packWorkerBundle = {
  entryPoints: ['electron/backend/pack/worker.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // pdfkit reads its colour profile beside its own module: loaded from node_modules at run time.
  external: ['better-sqlite3', 'pdfkit', 'fontkit'],
  loader: { '.sql': 'text', '.ttf': 'binary' },
  // V8 keeps each worker's whole source as a string: without comments and blanks, and with every
  // character in Latin-1, it is a one-byte string of about 4 Mo instead of a two-byte one of 9 Mo.
  // Names are kept, so stacks stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
};

/** Fails the build when a bundle holds a character beyond Latin-1 (write it as \uXXXX in the source). */
export const assertLatin1 = (file) => {
  const source = readFileSync(file, 'utf8');
  const index = [...source].findIndex((character) => character.codePointAt(0) > 0xff);
  if (index >= 0) {
    const around = [...source].slice(Math.max(0, index - 60), index + 10).join('');
    throw new Error(`${file} contient un caractère hors Latin-1 (écrivez-le \\uXXXX dans le code source) : …${around}…`);
  }
};

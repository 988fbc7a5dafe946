import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

/** Imports `*.sql` migrations as text, as the esbuild bundles do. */
const sqlAsText = (): Plugin => ({
  name: 'sql-as-text',
  transform(code, id) {
    return id.endsWith('.sql') ? { code: `export default ${JSON.stringify(code)};`, map: null } : null;
  },
});

/** Imports `*.ttf` fonts as bytes, as esbuild's binary loader does for the PDF worker. */
const fontAsBytes = (): Plugin => ({
  name: 'font-as-bytes',
  // Before Vite's asset handling, which would turn a font import into a URL.
  enforce: 'pre',
  load(id) {
    return id.endsWith('.ttf')
      ? { code: `export default new Uint8Array(Buffer.from(${JSON.stringify(readFileSync(id).toString('base64'))}, 'base64'));`, map: null }
      : null;
  },
});

export default defineConfig({
  plugins: [sqlAsText(), fontAsBytes()],
  define: { SEVE_VERSION: JSON.stringify('test') },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
  },
});

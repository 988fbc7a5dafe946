import { defineConfig, type Plugin } from 'vitest/config';

/** Imports `*.sql` migrations as text, as the esbuild bundles do. */
const sqlAsText = (): Plugin => ({
  name: 'sql-as-text',
  transform(code, id) {
    return id.endsWith('.sql') ? { code: `export default ${JSON.stringify(code)};`, map: null } : null;
  },
});

export default defineConfig({
  plugins: [sqlAsText()],
  define: { SEVE_VERSION: JSON.stringify('test') },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
  },
});

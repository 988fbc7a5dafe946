import { defineConfig } from 'vitest/config';

// End-to-end tests: browser mode (dist/node/browser.cjs) driven in Debian's Chromium. Run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

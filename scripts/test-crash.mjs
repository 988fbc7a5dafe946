// `npm run test:crash [-- KILLS]`: the full crash campaign (200 SIGKILLs by default) of
// tests/integration/crash.test.ts; `npm test` runs the same test with a short campaign.
import { spawnSync } from 'node:child_process';

const kills = process.argv[2] ?? '200';
const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'tests/integration/crash.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, SEVE_CRASH_KILLS: kills },
});
process.exit(result.status ?? 1);

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrashCampaign } from '../crash/campaign';
import { makeTempDir } from '../helpers/backend';

// `npm test` runs a short campaign; `npm run test:crash` sets SEVE_CRASH_KILLS=200 (scripts/test-crash.mjs).
// The seed decides where each kill falls; it is printed before the campaign and named in every
// failure, and `SEVE_CRASH_SEED=<graine>` replays the same campaign.
const kills = Number(process.env.SEVE_CRASH_KILLS ?? 15);
const seed = Number(process.env.SEVE_CRASH_SEED ?? Date.now() % 1_000_000);
const replay = `rejouer : SEVE_CRASH_SEED=${seed} SEVE_CRASH_KILLS=${kills} npx vitest run tests/integration/crash.test.ts`;

describe('crash safety: SIGKILL at random points during sustained writes through the real backend', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = makeTempDir()));
  afterAll(() => cleanup());

  it(
    `${kills} kills (seed ${seed}): the file always passes integrity_check and keeps every acknowledged write`,
    { timeout: 60_000 + kills * 5_000 },
    async () => {
      console.info(`Campagne de crash : graine ${seed} (${replay}).`);
      const report = await runCrashCampaign({ dir, kills, seed });
      console.info(
        `Campagne de crash (graine ${seed}) : ${report.kills} SIGKILL, ${report.acknowledged} écritures confirmées, ` +
          `${report.corrupt.length} fichier(s) corrompu(s), ${report.lost.length} écriture(s) confirmée(s) perdue(s).`,
      );
      expect(report.kills, replay).toBe(kills);
      expect(report.corrupt, replay).toEqual([]);
      expect(report.lost, replay).toEqual([]);
      expect(report.refusedOpenings, replay).toEqual([]);
      expect(report.acknowledged, replay).toBeGreaterThan(kills);
    },
  );
});

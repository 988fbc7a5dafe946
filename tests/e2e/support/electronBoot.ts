/**
 * Boots the built main process (`dist/electron/main.cjs`) against the Electron stand-in, in a
 * process of its own: bundled and run by tests/e2e/electron-boot.e2e.test.ts, which passes its
 * scenario in SEVE_BOOT and reads back the JSON report this writes.
 */
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import { createElectronStandIn } from './electronStandIn';

type Scenario = {
  mainBundle: string;
  lock: boolean;
  appPath: string;
  paths: Record<string, string>;
  electronVersion: string;
  dataFile: string;
  reportPath: string;
};

const scenario = JSON.parse(process.env.SEVE_BOOT ?? '{}') as Scenario;
const standIn = createElectronStandIn({ lock: scenario.lock, appPath: scenario.appPath, paths: scenario.paths });
(process.versions as Record<string, string>).electron = scenario.electronVersion;
process.argv = [process.argv[0] ?? 'node', scenario.mainBundle, '--db', scenario.dataFile];

// `require('electron')` in the bundle gets the stand-in; every other module is the real one.
const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const load = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'electron' ? standIn.electron : load.call(this, request, ...rest);
};

const settled = async (): Promise<void> => {
  const { report } = standIn;
  for (let attempt = 0; attempt < 200; attempt++) {
    if (report.windows.length > 0 || report.errorBoxes.length > 0 || report.quit || report.exitCode !== null) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const main = async (): Promise<void> => {
  // The bundle is CommonJS, as Electron loads it: required, not imported, so it goes through the loader above.
  createRequire(__filename)(scenario.mainBundle);
  standIn.ready();
  await settled();
  const probes: Record<string, unknown> = {};
  if (standIn.report.windows.length > 0) {
    const page = await standIn.fetchApp('app://seve/index.html');
    probes.indexStatus = page.status;
    probes.indexCsp = page.headers.get('content-security-policy');
    probes.indexStart = (await page.text()).slice(0, 400);
    probes.escape = (await standIn.fetchApp('app://seve/..%2f..%2fpackage.json')).status;
    probes.appInfo = await standIn.invoke('seve:app.info', {});
  }
  fs.writeFileSync(scenario.reportPath, JSON.stringify({ ...standIn.report, probes }));
  standIn.quitting();
  process.exit(0);
};

main().catch((error: unknown) => {
  fs.writeFileSync(scenario.reportPath, JSON.stringify({ crash: error instanceof Error ? error.stack : String(error) }));
  process.exit(1);
});

// Typechecks each layer with its own tsconfig, so a forbidden global (DOM in the backend,
// Node in the renderer or shared/) fails to compile in the layer that used it.
import { spawnSync } from 'node:child_process';

const projects = ['shared', 'renderer', 'electron/backend', 'electron', 'tests'];
let failed = false;
for (const project of projects) {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`Typecheck failed in ${project}/`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);

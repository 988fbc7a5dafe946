import { benchAgenda } from './agenda.bench';
import { benchDocuments } from './documents.bench';
import { benchGroup } from './group.bench';
import { benchImport } from './import.bench';
import { benchLarge } from './large.bench';
import { benchPack, runPackChild } from './pack.bench';
import { benchQuadruple } from './quadruple.bench';

/** `npm run bench`: prints each figure against its budget; exits 1 if a median is over budget. */
const main = async (): Promise<void> => {
  const only = process.argv[2];
  const results =
    only === '--large'
      ? [await benchLarge()]
      : only === '--group'
        ? [await benchGroup()]
        : only === '--quadruple'
          ? [await benchQuadruple()]
          : [await benchLarge(), await benchDocuments(), await benchAgenda(), await benchImport(), await benchPack(), await benchGroup()];
  if (results.includes(false)) {
    console.error('\nAu moins une mesure dépasse son budget.');
    process.exit(1);
  }
};

// The pack benchmark runs the generation in a child process of this same bundle, to measure its memory alone.
if (process.argv[2] === '--pack-child') void runPackChild(process.argv[3] ?? '', process.argv[4] ?? '');
else void main();

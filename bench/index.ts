import { benchAgenda } from './agenda.bench';
import { benchDocuments } from './documents.bench';

/** `npm run bench`: prints each figure against its budget; exits 1 if a median is over budget. */
const main = async (): Promise<void> => {
  const results = [await benchDocuments(), await benchAgenda()];
  if (results.includes(false)) {
    console.error('\nAu moins une mesure dépasse son budget.');
    process.exit(1);
  }
};

void main();

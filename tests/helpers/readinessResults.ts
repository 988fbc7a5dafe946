import fs from 'node:fs';
import path from 'node:path';
import type { Readiness } from '../../shared/schemas/readiness';
import type { TestBackend } from './backend';
import { waitForJob } from './packBackend';
import { flatText, readPdf } from './pdf';
import type { Planted } from './readinessFixture';

/** Every item of the list, with the number of the requirement it is grouped under. */
export const itemsOf = (readiness: Readiness) =>
  readiness.groups.flatMap((group) => group.items.map((item) => ({ ...item, requirement: group.requirement.number })));

/** What the list found, as the plants say it: rule, requirement and the button's target, in a stable order. */
export const foundAsPlanted = (readiness: Readiness): Planted[] =>
  sortedPlants(itemsOf(readiness).map(({ ruleId, requirement, link }) => ({ ruleId, requirement, link })));

export const sortedPlants = (list: readonly Planted[]) =>
  [...list].sort((a, b) => `${a.ruleId}${a.link}`.localeCompare(`${b.ruleId}${b.link}`));

/** Runs a PDF job to its end and returns its text. */
export const pdfText = async (backend: TestBackend, jobId: string): Promise<string> => {
  const job = await waitForJob(backend, jobId);
  if (job.state !== 'done') throw new Error(JSON.stringify(job));
  const download = await backend.api.invoke('pack.download', { jobId });
  if (!download.ok) throw new Error(JSON.stringify(download.error));
  const pdfPath = path.join(backend.dir, `${jobId}.pdf`);
  fs.writeFileSync(pdfPath, (download.value as { content: Uint8Array }).content);
  return flatText((await readPdf(pdfPath)).pages);
};

/** An item's words as the PDF's text layer gives them back (narrow and no-break spaces read as spaces). */
export const asPrinted = (what: string) => what.replace(/[\u202F\u00A0]/g, ' ');

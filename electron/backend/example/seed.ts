import type { CalendarDate } from '../../../shared/domain/dates';
import { seedAudits } from './audits';
import { seedContext } from './context';
import { daysFrom, type Call } from './call';
import { seedDocuments } from './documents';
import { seedImprovement } from './loop';
import { seedStructure } from './structure';

/**
 * A realistic, clearly fictitious ACI with a year of records up to `today`: its people and process
 * map, documents in force and under revision, a certification and its audits, its context, interested
 * parties, risks and watch, a nonconformity's loop,
 * réclamations, fiches, indicators and a management review. Written through the contract, so the
 * example holds only what the screens could have made. The app's example, the end-to-end tests and
 * the screenshots of the guide all use it.
 */
export const seedExample = async (call: Call, today: CalendarDate) => {
  const day = daysFrom(today);
  const structure = await seedStructure(call);
  const documents = await seedDocuments(call, day, structure);
  const audits = await seedAudits(call, day, structure);
  await seedContext(call, day, structure);
  await seedImprovement(call, day, structure);
  return { ...structure, documents, audits };
};

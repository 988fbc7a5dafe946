import type Database from 'better-sqlite3';
import type { FirstStepCounts } from '../../../shared/domain/first-steps';

/** Counts what « Premiers pas » looks for, in one read. */
export const createFirstStepsRepository = (db: Database.Database) => {
  const counts = db.prepare<[], Omit<FirstStepCounts, 'organisationNamed'> & { organisationNamed: number }>(
    `SELECT
       EXISTS (SELECT 1 FROM settings WHERE key = 'organisation.name' AND trim(value) <> '') AS organisationNamed,
       (SELECT count(*) FROM people WHERE active = 1) AS activePeople,
       (SELECT count(*) FROM processes) AS processes,
       (SELECT count(*) FROM documents) AS documents,
       (SELECT count(*) FROM certifications) AS certifications,
       (SELECT count(*) FROM requirement_links) AS requirementLinks`,
  );
  return {
    counts: (): FirstStepCounts => {
      const row = counts.get();
      if (row === undefined) throw new Error('count query returned no row');
      return { ...row, organisationNamed: row.organisationNamed === 1 };
    },
  };
};

import type Database from 'better-sqlite3';

/** Yearly references: `AUD-2026-01` for audits, `NC-2026-001` for nonconformities; never reused. */
export const createYearlySequences = (db: Database.Database) => {
  const next = db
    .prepare<[string, number], number>(
      `INSERT INTO yearly_sequences (kind, year, last_value) VALUES (?, ?, 1)
       ON CONFLICT (kind, year) DO UPDATE SET last_value = last_value + 1
       RETURNING last_value`,
    )
    .pluck();
  return {
    auditReference: (year: number): string => `AUD-${year}-${String(next.get('audit', year)).padStart(2, '0')}`,
    nonconformityReference: (year: number): string => `NC-${year}-${String(next.get('nonconformity', year)).padStart(3, '0')}`,
  };
};

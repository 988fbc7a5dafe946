import type Database from 'better-sqlite3';

/** Yearly references: `AUD-2026-01`, `NC-2026-001`, `ACT-2026-001`, `REC-2026-001`, `FA-2026-001`, `RO-2026-001`, `VEI-2026-001`; never reused. */
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
    actionReference: (year: number): string => `ACT-${year}-${String(next.get('action', year)).padStart(3, '0')}`,
    complaintReference: (year: number): string => `REC-${year}-${String(next.get('complaint', year)).padStart(3, '0')}`,
    suggestionReference: (year: number): string => `FA-${year}-${String(next.get('suggestion', year)).padStart(3, '0')}`,
    riskReference: (year: number): string => `RO-${year}-${String(next.get('risk', year)).padStart(3, '0')}`,
    watchItemReference: (year: number): string => `VEI-${year}-${String(next.get('watch_item', year)).padStart(3, '0')}`,
  };
};

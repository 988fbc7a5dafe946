import type Database from 'better-sqlite3';

/** The obligations of a large file (issue "À faire": 40,000 actions, 10,000 findings, 400 audits). */
export type AgendaLoad = {
  audits: number;
  findingsPerAudit: number;
  actions: number;
  complaints: number;
  indicators: number;
  people: number;
};

const isoDay = (offset: number): string => new Date(Date.UTC(2026, 10, 26) + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Adds audits with findings (internal ones with clauses in their scope), actions, réclamations and indicators to a filled file, in one
 * transaction, through the real schema. Most records are done, as in a file used for years;
 * a realistic few are open, late or coming.
 */
export const fillAgendaLoad = (db: Database.Database, load: AgendaLoad): void => {
  const at = '2026-11-26T08:00:00.000Z';
  db.transaction(() => {
    const audit = db.prepare(
      `INSERT INTO audits (reference, type, start_date, end_date, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const finding = db.prepare(
      `INSERT INTO findings (audit_id, grade_id, description, response_due, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const grades = db.prepare<[], number>('SELECT id FROM finding_grades WHERE referential_id IS NULL ORDER BY rank').pluck().all();
    // Internal audits name a few clauses of the referential in their scope (the programme's coverage), when the file has one.
    const requirements = db.prepare<[], number>('SELECT id FROM requirements ORDER BY id').pluck().all();
    const scope = db.prepare('INSERT INTO audit_scope (audit_id, requirement_id) VALUES (?, ?)');
    for (let i = 1; i <= load.audits; i++) {
      const offset = -1460 + Math.floor((i * 1500) / load.audits);
      const status = offset > 0 ? 'planifie' : 'clos';
      const id = Number(
        audit.run(`AUD-B-${i}`, i % 4 === 0 ? 'surveillance' : 'interne', isoDay(offset), isoDay(offset), status, at, at).lastInsertRowid,
      );
      if (i % 4 !== 0 && requirements.length > 0) for (const k of [0, 1, 2]) scope.run(id, requirements[(i * 3 + k) % requirements.length]);
      for (let f = 0; f < load.findingsPerAudit; f++) {
        const open = status === 'planifie' || (i + f) % 40 === 0;
        finding.run(
          id,
          grades[(i + f) % grades.length] ?? 1,
          `Constat ${f} de l’audit ${i}`,
          isoDay(offset + 90),
          open ? 'a_traiter' : 'leve',
          at,
          at,
        );
      }
    }
    const action = db.prepare(
      `INSERT INTO actions (reference, source, origin_note, type, description, owner_id, due_date, status, done_on, created_at, updated_at)
       VALUES (?, 'autre', 'Banc d’essai', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 1; i <= load.actions; i++) {
      const due = -1100 + (i % 1460);
      // One action in a hundred still open: a file used for years is mostly done.
      const open = i % 100 === 0;
      action.run(
        `ACT-B-${i}`,
        ['corrective', 'preventive', 'amelioration'][i % 3],
        `Action ${i} : relancer, former, vérifier`,
        (i % load.people) + 1,
        isoDay(due),
        open ? 'a_faire' : 'realisee',
        open ? null : isoDay(due - 3),
        at,
        at,
      );
    }
    const complaint = db.prepare(
      `INSERT INTO complaints (reference, complainant_kind, received_on, channel, subject, response_due, responded_on, created_at, updated_at)
       VALUES (?, 'client', ?, 'courriel', ?, ?, ?, ?, ?)`,
    );
    for (let i = 1; i <= load.complaints; i++) {
      const received = -700 + i;
      complaint.run(
        `REC-B-${i}`,
        isoDay(received),
        `Réclamation ${i}`,
        isoDay(received + 15),
        i % 25 === 0 ? null : isoDay(received + 10),
        at,
        at,
      );
    }
    const indicator = db.prepare(
      `INSERT INTO indicators (name, theme, owner_id, unit, direction, target, alert_threshold, frequency, first_period, entry_delay_days, chart_kind,
         next_measurement_period, next_measurement_due, created_at, updated_at)
       VALUES (?, 'parcours', ?, 'pourcentage', 'hausse', 60, 50, 'trimestrielle', '2024-01-01', 30, 'ligne', ?, ?, ?, ?)`,
    );
    for (let i = 1; i <= load.indicators; i++)
      indicator.run(`Indicateur ${i}`, (i % load.people) + 1, '2026-07-01', isoDay(-60 + i * 7), at, at);
  }).immediate();
};

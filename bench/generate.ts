import type Database from 'better-sqlite3';

/** Sizes of a large, realistic file: a big SIAE group after years of use. */
export type FileSize = { people: number; processes: number; documents: number; versionsPerDocument: number; historyRows: number };

const words = [
  'accueil',
  'réclamation',
  'salariés',
  'insertion',
  'mise à disposition',
  'chantier',
  'formation',
  'entretien',
  'bilan',
  'sécurité',
  'client',
  'œuvre',
  'achats',
  'paie',
  'prescripteur',
  'sortie dynamique',
];
const types = ['procedure', 'mode_operatoire', 'formulaire', 'enregistrement', 'politique', 'manuel', 'autre'] as const;
const prefixes: Record<(typeof types)[number], string> = {
  procedure: 'PR',
  mode_operatoire: 'MO',
  formulaire: 'FO',
  enregistrement: 'ENR',
  politique: 'POL',
  manuel: 'MQ',
  autre: 'DOC',
};

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;
const isoDate = (daysAgo: number): string => new Date(Date.UTC(2026, 10, 26) - daysAgo * 86_400_000).toISOString().slice(0, 10);

/**
 * Fills an open, migrated Sève file with `size` records in one transaction, through the real
 * schema (its triggers maintain the search index). Deterministic: the same size gives the same file.
 */
export const fillFile = (db: Database.Database, size: FileSize): void => {
  const at = '2026-11-26T08:00:00.000Z';
  db.transaction(() => {
    const person = db.prepare('INSERT INTO people (name, job_title, active, created_at, updated_at) VALUES (?, ?, 1, ?, ?)');
    for (let i = 1; i <= size.people; i++)
      person.run(`Personne ${i}`, pick(['CIP', 'Encadrant technique', 'Directrice', 'Assistante'], i), at, at);
    const process = db.prepare('INSERT INTO processes (name, kind, pilot_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    for (let i = 1; i <= size.processes; i++)
      process.run(`Processus ${i} ${pick(words, i)}`, pick(['pilotage', 'realisation', 'support'], i), (i % size.people) + 1, at, at);
    const document = db.prepare(
      `INSERT INTO documents (reference, title, type, status, process_id, owner_id, review_period_months, last_review_date, next_review_due, revision, created_at, updated_at)
       VALUES (?, ?, ?, 'en_vigueur', ?, ?, ?, ?, ?, 0, ?, ?)`,
    );
    const version = db.prepare(
      `INSERT INTO document_versions (document_id, sequence, indice, status, change_summary, effective_date, approved_by, approved_on,
         obsolete_reason, obsolete_comment, obsolete_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const sequences = new Map<string, number>();
    for (let i = 1; i <= size.documents; i++) {
      const type = pick(types, i);
      const prefix = prefixes[type];
      const sequence = (sequences.get(prefix) ?? 0) + 1;
      sequences.set(prefix, sequence);
      const effective = isoDate((i * 7) % 1500);
      const period = pick([12, 24, 36], i);
      const due = isoDate(((i * 7) % 1500) - period * 30);
      const id = Number(
        document.run(
          `${prefix}-${String(sequence).padStart(3, '0')}`,
          `${pick(words, i)} ${pick(words, i * 3)} n° ${i}`,
          type,
          (i % size.processes) + 1,
          (i % size.people) + 1,
          period,
          effective,
          due,
          at,
          at,
        ).lastInsertRowid,
      );
      for (let v = 1; v <= size.versionsPerDocument; v++) {
        const last = v === size.versionsPerDocument;
        version.run(
          id,
          v,
          String(v),
          last ? 'en_vigueur' : 'obsolete',
          `Révision ${v} : ${pick(words, i + v)} et ${pick(words, i * v)}`,
          effective,
          (i % size.people) + 1,
          effective,
          last ? null : 'remplacee',
          last ? null : `Remplacée par la version ${v + 1}.`,
          last ? null : effective,
          at,
          at,
        );
      }
    }
    const sequence = db.prepare(
      'INSERT INTO document_sequences (prefix, last_value) VALUES (?, ?) ON CONFLICT (prefix) DO UPDATE SET last_value = excluded.last_value',
    );
    for (const [prefix, last] of sequences) sequence.run(prefix, last);
    const history = db.prepare(
      "INSERT INTO history (at, actor, entity, entity_id, action, changes) VALUES (?, 'bench', 'document', ?, 'update', ?)",
    );
    for (let i = 1; i <= size.historyRows; i++) {
      history.run(at, (i % size.documents) + 1, JSON.stringify([{ field: 'title', before: `ancien ${i}`, after: `nouveau ${i}` }]));
    }
  }).immediate();
};

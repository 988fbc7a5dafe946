import type Database from 'better-sqlite3';

/** The context registers of a large file: risks and opportunities with their evaluations and actions, the watch's items. */
export type ContextLoad = { risks: number; watchItems: number; people: number };

const isoDay = (offset: number): string => new Date(Date.UTC(2026, 10, 26) + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Adds risks (each evaluated at identification, most re-evaluated, most treated, a few retired, some
 * treatments carried by actions of the plan) and watch items over four years, in one transaction,
 * through the real schema: what « Prêt pour l'audit ? » and the agenda read of the context.
 */
export const fillContextLoad = (db: Database.Database, load: ContextLoad): void => {
  const at = '2026-11-26T08:00:00.000Z';
  db.transaction(() => {
    const risk = db.prepare(
      `INSERT INTO risks (reference, kind, title, origin, origin_note, owner_id, identified_on, treatment, decided_on, reevaluation_due,
         review_due, status, retired_on, retire_reason, created_at, updated_at)
       VALUES (?, ?, ?, 'autre', 'Banc d’essai', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const evaluation = db.prepare(
      'INSERT INTO risk_evaluations (risk_id, evaluated_on, likelihood, impact, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    const action = db.prepare(
      `INSERT INTO actions (reference, source, risk_id, type, description, owner_id, due_date, status, done_on, opened_on, created_at, updated_at)
       VALUES (?, 'risque', ?, 'preventive', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 1; i <= load.risks; i++) {
      const identified = -1460 + Math.floor((i * 1400) / load.risks);
      const retired = i % 10 === 0;
      // Most are decided a fortnight after identification; one in fifteen waits for its decision.
      const treatment = i % 15 === 0 ? null : (['reduire', 'accepter', 'eviter', 'partager'][i % 4] ?? 'reduire');
      const kind = i % 5 === 0 ? 'opportunite' : 'risque';
      const decided = treatment === null ? null : identified + 14;
      const treated = kind === 'opportunite' && treatment !== null ? (i % 2 === 0 ? 'saisir' : 'ne_pas_saisir') : treatment;
      const id = Number(
        risk.run(
          `RO-B-${i}`,
          kind,
          `Risque ${i} : perte d’un client, départ d’un encadrant`,
          (i % load.people) + 1,
          isoDay(identified),
          treated,
          decided === null ? null : isoDay(decided),
          // Re-evaluations keep the next one ahead; one risk in forty is late for it.
          retired || decided === null ? null : isoDay(i % 40 === 7 ? -20 : 30 + (i % 300)),
          // The register's yearly review, kept up to date but for one risk in fifty.
          isoDay(i % 50 === 3 ? -10 : 60 + (i % 300)),
          retired ? 'retire' : 'actif',
          retired ? isoDay(identified + 200) : null,
          retired ? 'Risque disparu.' : null,
          at,
          at,
        ).lastInsertRowid,
      );
      evaluation.run(id, isoDay(identified), (i % 4) + 1, ((i >> 2) % 4) + 1, at);
      if (i % 3 !== 0) evaluation.run(id, isoDay(identified + 180), ((i + 1) % 4) + 1, (i % 4) + 1, at);
      if (decided !== null && treated !== 'accepter' && treated !== 'ne_pas_saisir') {
        const done = identified + 120 < 0;
        action.run(
          `ACT-RO-B-${i}`,
          id,
          `Action du risque ${i}`,
          (i % load.people) + 1,
          isoDay(identified + 120),
          done ? 'realisee' : 'a_faire',
          done ? isoDay(identified + 110) : null,
          isoDay(decided),
          at,
          at,
        );
      }
    }
    const item = db.prepare(
      `INSERT INTO watch_items (reference, noticed_on, title, summary, domain, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 1; i <= load.watchItems; i++) {
      const domain = ['reglementaire', 'sectorielle', 'emplois_competences', 'innovations'][i % 4] ?? 'reglementaire';
      item.run(
        `VEI-B-${i}`,
        isoDay(-1460 + Math.floor((i * 1440) / load.watchItems)),
        `Information ${i}`,
        'Résumé de l’information.',
        domain,
        at,
        at,
      );
    }
  }).immediate();
};

import type Database from 'better-sqlite3';

const escape = (text: string | null | number): string =>
  String(text ?? '—').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

const table = (headers: string[], rows: (string | number | null)[][]): string =>
  `<table><thead><tr>${headers.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

/**
 * The pack's content as one HTML page (cover, coverage, register, review log, manifest), as an
 * Electron app printing HTML would lay it out: the benchmark's point of comparison.
 */
export const packHtml = (db: Database.Database): string => {
  const coverage = db
    .prepare<[], { number: string; title: string; docs: string | null }>(
      `SELECT q.number, q.title_fr AS title, group_concat(d.reference || ' — ' || d.title, '; ') AS docs
       FROM requirements q LEFT JOIN requirement_links l ON l.requirement_id = q.id LEFT JOIN documents d ON d.id = l.entity_id
       GROUP BY q.id ORDER BY q.sort_key`,
    )
    .all();
  const register = db
    .prepare<[], (string | number | null)[]>(
      `SELECT d.reference, d.title, v.indice, v.effective_date, o.name, a.name || ', ' || v.approved_on, d.last_review_date, d.next_review_due
       FROM documents d JOIN document_versions v ON v.document_id = d.id AND v.status = 'en_vigueur'
       LEFT JOIN people o ON o.id = d.owner_id LEFT JOIN people a ON a.id = v.approved_by ORDER BY d.reference`,
    )
    .raw()
    .all();
  const reviews = db
    .prepare<[], (string | number | null)[]>(
      `SELECT r.review_date, r.planned_date, d.reference || ' — ' || d.title, v.indice, p.name, r.comment
       FROM document_reviews r JOIN documents d ON d.id = r.document_id JOIN document_versions v ON v.id = r.version_id
       JOIN people p ON p.id = r.reviewer_id ORDER BY r.review_date DESC`,
    )
    .raw()
    .all();
  const manifest = db
    .prepare<[], (string | number | null)[]>(
      `SELECT a.id, a.file_name, a.size, a.blob_sha256, a.owner_id, 'joint' FROM attachments a ORDER BY a.id`,
    )
    .raw()
    .all();
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
    body { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 7.8pt; color: #1d2621; }
    h1 { font-size: 17pt; color: #1f5f4a; break-before: page; }
    table { width: 100%; border-collapse: collapse; margin-bottom: 10pt; }
    th { background: #e4eee9; text-align: left; }
    th, td { padding: 2.6pt 3.5pt; border-bottom: 0.5pt solid #c9d3ce; vertical-align: top; word-break: break-word; }
    tr { break-inside: avoid; }
  </style></head><body>
    <section><p>DOSSIER DE PREUVES</p><h1 style="break-before: auto">Dossier de preuves</h1></section>
    <h1>Matrice de couverture du référentiel</h1>${table(
      ['N°', 'Exigence', 'Documents en vigueur'],
      coverage.map((row) => [row.number, row.title, row.docs]),
    )}
    <h1>Registre des documents en vigueur</h1>${table(['Référence', 'Titre', 'Indice', 'Applicable le', 'Responsable', 'Approuvé par, le', 'Dernière revue', 'Prochaine revue'], register)}
    <h1>Journal des revues documentaires</h1>${table(['Revue le', 'Prévue le', 'Document', 'Indice', 'Revu par', 'Décision et commentaire'], reviews)}
    <h1>Fichiers de preuve joints</h1>${table(['N°', 'Fichier', 'Taille', 'Empreinte SHA-256', 'Enregistrement', 'État'], manifest)}
  </body></html>`;
};

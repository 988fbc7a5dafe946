import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

/** Ten years of a large structure (issue: 3,000 NCs, 100,000 reads, 500 files of about 2 Mo…). */
export type LargeLoad = { nonconformities: number; reads: number; files: number; bytesPerFile: number; people: number };

const isoDay = (offset: number): string => new Date(Date.UTC(2026, 10, 26) + offset * 86_400_000).toISOString().slice(0, 10);
const severities = ['majeure', 'mineure', 'mineure', 'observation'] as const;

/**
 * Adds what the smaller generators leave out: nonconformities (most closed over ten years, a
 * realistic few open at each stage), read acknowledgements of the versions in force, and stored
 * files of random bytes (incompressible, as scans and PDFs are) spread over the documents.
 */
export const fillLargeLoad = (db: Database.Database, load: LargeLoad): void => {
  const at = '2026-11-26T08:00:00.000Z';
  db.transaction(() => {
    const nc = db.prepare(
      `INSERT INTO nonconformities (reference, source, detected_on, detected_by, description, severity, status, closed_on, created_at, updated_at)
       VALUES (?, 'quotidien', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const open = ['a_traiter', 'en_analyse', 'actions_en_cours', 'verification'] as const;
    for (let i = 1; i <= load.nonconformities; i++) {
      const detected = -3650 + Math.floor((i * 3640) / load.nonconformities);
      // One in twenty still open (the recent ones more often): the rest closed a month after detection.
      const isOpen = i % 20 === 0 || detected > -60;
      nc.run(
        `NC-B-${i}`,
        isoDay(detected),
        (i % load.people) + 1,
        `Écart ${i} : consigne d’accueil non appliquée sur le chantier, fiche de poste absente`,
        severities[i % severities.length],
        isOpen ? open[i % open.length] : 'close',
        isOpen ? null : isoDay(Math.min(0, detected + 30)),
        at,
        at,
      );
    }
    const versions = db.prepare<[], number>("SELECT id FROM document_versions WHERE status = 'en_vigueur' ORDER BY id").pluck().all();
    const read = db.prepare('INSERT OR IGNORE INTO version_reads (version_id, person_id, read_on, recorded_at) VALUES (?, ?, ?, ?)');
    for (let i = 0; i < load.reads; i++) {
      const version = versions[i % versions.length];
      if (version === undefined) break;
      read.run(version, 1 + (Math.floor(i / versions.length) % load.people), isoDay(-(i % 700)), at);
    }
    const blob = db.prepare('INSERT INTO blobs (sha256, size, created_at, data) VALUES (?, ?, ?, ?)');
    const attachment = db.prepare(
      `INSERT INTO attachments (owner_entity, owner_id, blob_sha256, file_name, media_type, size, added_at, added_by)
       VALUES ('document_version', ?, ?, ?, 'application/pdf', ?, ?, 'bench')`,
    );
    for (let index = 0; index < load.files; index++) {
      const version = versions[(index * 7) % versions.length];
      if (version === undefined) break;
      // Sizes from a quarter to twice the mean, as scans vary.
      const size = Math.round(load.bytesPerFile * (0.25 + ((index * 37) % 100) / 57));
      const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(size)]);
      const sha256 = crypto.createHash('sha256').update(content).digest('hex');
      blob.run(sha256, content.byteLength, at, content);
      attachment.run(version, sha256, `Preuve ${index + 1} — procès-verbal signé.pdf`, content.byteLength, at);
    }
  }).immediate();
};

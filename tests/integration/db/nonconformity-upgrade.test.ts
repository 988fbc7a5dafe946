import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSeveFile } from '../../../electron/backend/db/connection';
import { migrations } from '../../../electron/backend/db/migrations';
import type { Finding } from '../../../shared/schemas/audits';
import type { Nonconformity } from '../../../shared/schemas/nonconformities';
import { expectOk, makeTempDir, openTestBackend } from '../../helpers/backend';

const now = () => new Date('2026-11-26T10:00:00Z');
const at = '2026-03-03T10:00:00.000Z';

describe('schema 7 on a file of the audits schema', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('keeps the nonconformities an audit opened, their requirement and the numbering', async () => {
    const filePath = path.join(dir, 'qualite.sqlite');
    const old = await openSeveFile(filePath, { now, migrations: migrations.filter((migration) => migration.version <= 6) });
    const run = (sql: string, ...values: unknown[]) => Number(old.db.prepare(sql).run(...values).lastInsertRowid);
    const referential = run(
      "INSERT INTO referentials (code, name, edition, kind, source, created_at, updated_at) VALUES ('cedre', 'Cèdre', 'V2', 'schema', 'utilisateur', ?, ?)",
      at,
      at,
    );
    const requirement = run(
      "INSERT INTO requirements (referential_id, number, title_fr, sort_key, created_at, updated_at) VALUES (?, 'C-4', 'Réclamations traitées', '01c014', ?, ?)",
      referential,
      at,
      at,
    );
    const audit = run(
      "INSERT INTO audits (reference, type, start_date, end_date, status, created_at, updated_at) VALUES ('AUD-2026-01', 'etape_2', '2026-03-02', '2026-03-03', 'realise', ?, ?)",
      at,
      at,
    );
    const grade = old.db.prepare("SELECT id FROM finding_grades WHERE code = 'nc_mineure'").pluck().get() as number;
    const finding = run(
      "INSERT INTO findings (audit_id, grade_id, requirement_id, description, status, created_at, updated_at) VALUES (?, ?, ?, 'Réclamations non analysées.', 'a_traiter', ?, ?)",
      audit,
      grade,
      requirement,
      at,
      at,
    );
    const nc = run(
      `INSERT INTO nonconformities (reference, source, finding_id, detected_on, requirement_id, description, severity, status, created_at, updated_at)
       VALUES ('NC-2026-001', 'audit', ?, '2026-03-03', ?, 'Réclamations non analysées.', 'mineure', 'a_traiter', ?, ?)`,
      finding,
      requirement,
      at,
      at,
    );
    run("INSERT INTO yearly_sequences (kind, year, last_value) VALUES ('audit', 2026, 1), ('nonconformity', 2026, 1)");
    old.db.close();
    old.lock?.release();

    const backend = await openTestBackend({ filePath, now });
    try {
      const upgraded = await expectOk<Nonconformity>(backend.api, 'nonconformities.get', { id: nc });
      expect(upgraded).toMatchObject({ reference: 'NC-2026-001', status: 'a_traiter', correction: null, analysis: null, actions: [] });
      expect(upgraded.requirements.map((r) => r.number)).toEqual(['C-4']);
      const created = await expectOk<Nonconformity>(backend.api, 'nonconformities.create', {
        source: 'indicateur',
        detectedOn: '2026-11-20',
        detectedById: null,
        processId: null,
        requirementIds: [],
        description: 'Taux de sorties dynamiques sous la cible.',
        severity: 'mineure',
      });
      expect(created.reference).toBe('NC-2026-002');
      const [lifted] = await expectOk<Finding[]>(backend.api, 'audits.findings', { auditId: audit });
      expect(lifted?.nonconformity).toMatchObject({ reference: 'NC-2026-001', status: 'a_traiter' });
    } finally {
      backend.close();
    }
  });
});

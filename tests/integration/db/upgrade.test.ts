import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFolder } from '../../../electron/backend/db/connection';
import { migrations } from '../../../electron/backend/db/migrations';
import type { QualityDocument } from '../../../shared/schemas/documents';
import type { HistoryEntry } from '../../../shared/schemas/history';
import type { Person } from '../../../shared/schemas/people';
import type { SearchHit } from '../../../shared/schemas/search';
import type { DocumentVersion } from '../../../shared/schemas/versions';
import { expectOk, makeTempDir, openTestBackend } from '../../helpers/backend';

const fixture = (version: number) => path.resolve(import.meta.dirname, `../../fixtures/schema-${version}.sqlite`);

describe('upgrading files of every landed schema', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('has a fixture for every schema but the latest', () => {
    for (const migration of migrations.slice(0, 1))
      expect(fs.existsSync(fixture(migration.version)), `schema-${migration.version}.sqlite`).toBe(true);
  });

  it('upgrades a schema-1 file with every record intact, after a backup', async () => {
    const filePath = path.join(dir, 'qualite.sqlite');
    fs.copyFileSync(fixture(1), filePath);
    const backend = await openTestBackend({ filePath });
    try {
      expect(backend.session.info()).toMatchObject({
        file: { status: 'open', schemaVersion: migrations.length },
        organisationName: 'AI du Val de Sèvre',
      });
      const people = await expectOk<Person[]>(backend.api, 'people.list', {});
      expect(people.map((person) => [person.name, person.active])).toEqual([
        ['Amélie Durand', true],
        ['Karim Benali', true],
        ['Paul Girard', false],
      ]);
      const documents = await expectOk<QualityDocument[]>(backend.api, 'documents.list', {});
      expect(
        documents.map((document) => [
          document.reference,
          document.status,
          document.inForce?.indice ?? null,
          document.pending?.indice ?? null,
          document.nextReviewDue,
        ]),
      ).toEqual([
        ['POL-001', 'obsolete', null, null, '2025-01-31'],
        ['PR-001', 'en_vigueur', '1', null, '2027-03-15'],
        ['PR-002', 'brouillon', null, '1', null],
        ['FO-001', 'en_vigueur', '1', null, '2028-01-31'],
      ]);
      const pr001 = documents.find((document) => document.reference === 'PR-001');
      if (!pr001) throw new Error('PR-001 lost');
      expect(pr001).toMatchObject({
        title: 'Accueil des salariés en insertion — œuvre',
        processName: 'Accueil et recrutement',
        ownerName: 'Amélie Durand',
        revision: 2,
      });
      const [version] = await expectOk<DocumentVersion[]>(backend.api, 'documents.versions', { documentId: pr001.id });
      expect(version).toMatchObject({ indice: '1', status: 'en_vigueur', effectiveDate: '2026-03-15' });
      const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'document', entityId: pr001.id });
      expect(history.map((entry) => entry.action)).toEqual(['update', 'create']);
      const hits = await expectOk<SearchHit[]>(backend.api, 'search.query', { text: 'oeuvre' });
      expect(hits.filter((hit) => hit.kind === 'document').map((hit) => hit.label)).toEqual(['PR-001']);
      const next = await expectOk<QualityDocument>(backend.api, 'documents.create', {
        title: 'Procédure suivante',
        type: 'procedure',
        initialStatus: 'brouillon',
        processId: null,
        ownerId: null,
        reviewPeriodMonths: 12,
        effectiveDate: null,
        approvedById: null,
        approvedOn: null,
      });
      expect(next.reference).toBe('PR-003');
    } finally {
      backend.close();
    }
    const backups = fs.readdirSync(backupFolder(filePath));
    expect(backups).toEqual([expect.stringMatching(/^qualite\.avant-migration-v1\./)]);
    const backup = new Database(path.join(backupFolder(filePath), backups[0] ?? ''), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
  });
});

import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda } from '../../shared/schemas/agenda';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

// The session's day is Thursday 26 November 2026: items due before 28 August 2026 are old.
const day = (offset: number): string => new Date(Date.UTC(2026, 10, 26) + offset * 86_400_000).toISOString().slice(0, 10);

describe('"À faire" stays bounded: old overdue items counted per kind, recent ones listed', () => {
  let backend: TestBackend;
  let amelie: number;
  let karim: number;

  beforeAll(async () => {
    backend = await openTestBackend();
    amelie = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: null })).id;
    karim = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Karim Benali', jobTitle: null })).id;
    // Written straight into the file: ten years of open actions left behind, and a few recent ones.
    const db = new Database(backend.filePath);
    const action = db.prepare(
      `INSERT INTO actions (reference, source, origin_note, type, description, owner_id, opened_on, due_date, status, created_at, updated_at)
       VALUES (?, 'autre', 'Réunion d’équipe', 'corrective', ?, ?, '2016-01-04', ?, 'a_faire', '2026-11-26T08:00:00Z', '2026-11-26T08:00:00Z')`,
    );
    for (let i = 0; i < 120; i++) action.run(`ACT-OLD-${i}`, `Action ancienne ${i}`, i % 3 === 0 ? karim : amelie, day(-91 - i * 30));
    action.run('ACT-EDGE-OLD', 'Échue il y a 91 jours', amelie, day(-91));
    action.run('ACT-EDGE-NEW', 'Échue il y a 90 jours', amelie, day(-90));
    action.run('ACT-RECENT', 'Échue hier', karim, day(-1));
    action.run('ACT-SOON', 'À faire demain', amelie, day(1));
    const complaint = db.prepare(
      `INSERT INTO complaints (reference, complainant_kind, received_on, channel, subject, response_due, created_at, updated_at)
       VALUES (?, 'client', '2019-01-07', 'courriel', ?, ?, '2026-11-26T08:00:00Z', '2026-11-26T08:00:00Z')`,
    );
    complaint.run('REC-OLD-1', 'Retard de livraison', '2019-01-21');
    complaint.run('REC-OLD-2', 'Accueil', '2021-06-14');
    db.close();
  });
  afterAll(() => backend.close());

  it('lists from 90 days back, counts the rest per kind with its oldest date and a link to the register', async () => {
    const agenda = await expectOk<Agenda>(backend.api, 'agenda.list', {});
    expect(agenda.listedSince).toBe(day(-90));
    expect(agenda.items.map((item) => item.reference)).toEqual(['ACT-EDGE-NEW', 'ACT-RECENT', 'ACT-SOON']);
    expect(agenda.backlog).toEqual([
      { kind: 'action', count: 121, oldestDue: day(-91 - 119 * 30), route: '/plan-actions?retard=1' },
      { kind: 'complaint', count: 2, oldestDue: '2019-01-21', route: '/reclamations' },
    ]);
    // The overdue group's count is every late obligation, listed or not.
    expect(agenda.counts).toEqual({ overdue: 125, this_week: 1, this_month: 0, later: 0 });
  });

  it('counts the backlog under the same filters as the list', async () => {
    const karims = await expectOk<Agenda>(backend.api, 'agenda.list', { personId: karim });
    expect(karims.items.map((item) => item.reference)).toEqual(['ACT-RECENT']);
    expect(karims.backlog).toEqual([{ kind: 'action', count: 40, oldestDue: day(-91 - 117 * 30), route: '/plan-actions?retard=1' }]);
    const complaints = await expectOk<Agenda>(backend.api, 'agenda.list', { kinds: ['complaint'] });
    expect(complaints.items).toEqual([]);
    expect(complaints.backlog.map((old) => [old.kind, old.count])).toEqual([['complaint', 2]]);
  });
});

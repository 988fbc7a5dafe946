import Database from 'better-sqlite3';
import { addDays, format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agenda } from '../../shared/schemas/agenda';
import { createAgendaRepository } from '../../electron/backend/agenda/repository';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

// A fixed "today": Thursday 26 November 2026, 10:00 UTC.
const now = () => new Date('2026-11-26T10:00:00Z');
const day = (offset: number) => format(addDays(new Date(2026, 10, 26), offset), 'yyyy-MM-dd');

describe('the "À faire" agenda', () => {
  let backend: TestBackend;
  let amelie: number;
  let karim: number;
  beforeEach(async () => {
    backend = await openTestBackend({ now });
    amelie = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' })).id;
    karim = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Karim Benali', jobTitle: 'Directeur' })).id;
  });
  afterEach(() => backend.close());

  /** Records whose own screens are other issues' work are written straight into the real schema. */
  const insert = (sql: string, ...params: unknown[]) => {
    const db = new Database(backend.filePath);
    db.pragma('foreign_keys = ON');
    db.prepare(sql).run(...params);
    db.close();
  };

  it('puts each obligation in its group with its days late, and "Mes tâches" keeps one person’s', async () => {
    // A document whose review was due yesterday (effective 12 months and a day ago, reviewed yearly).
    await expectOk(backend.api, 'documents.create', {
      title: 'Traitement des réclamations',
      type: 'procedure',
      initialStatus: 'en_vigueur',
      processId: null,
      ownerId: amelie,
      reviewPeriodMonths: 12,
      effectiveDate: '2025-11-25',
      approvedById: null,
      approvedOn: null,
    });
    const ts = now().toISOString();
    // An action due in 3 days (Karim), an effectiveness check in 20 days, an audit in 60 days.
    insert(
      "INSERT INTO nonconformities (id, reference, source, detected_on, description, severity, status, created_at, updated_at) VALUES (1, 'NC-2026-001', 'quotidien', ?, 'Réclamation sans réponse.', 'mineure', 'actions_en_cours', ?, ?)",
      day(-10),
      ts,
      ts,
    );
    insert(
      "INSERT INTO actions (reference, source, nonconformity_id, type, description, owner_id, due_date, status, created_at, updated_at) VALUES ('ACT-2026-001', 'nonconformite', 1, 'corrective', 'Relancer les clients sans réponse', ?, ?, 'a_faire', ?, ?)",
      karim,
      day(3),
      ts,
      ts,
    );
    insert(
      "INSERT INTO effectiveness_checks (nonconformity_id, planned_on, criterion, created_at, updated_at) VALUES (1, ?, 'Aucune réclamation sans réponse en 3 mois', ?, ?)",
      day(20),
      ts,
      ts,
    );
    await expectOk(backend.api, 'audits.create', {
      type: 'surveillance',
      certificationId: null,
      title: null,
      startDate: day(60),
      endDate: day(60),
      status: 'planifie',
      leadAuditor: { personId: null, externalName: 'AFNOR' },
      auditors: [],
      auditeeIds: [],
      processIds: [],
      requirementIds: [],
      notes: null,
    });

    const agenda = await expectOk<Agenda>(backend.api, 'agenda.list', {});
    expect(agenda.today).toBe('2026-11-26');
    const seen = agenda.items.map((item) => [item.kind, item.group, item.daysLate, item.responsibleName]);
    expect(seen).toEqual([
      ['document_review', 'overdue', 1, 'Amélie Durand'],
      ['action', 'this_week', -3, 'Karim Benali'],
      ['effectiveness_check', 'later', -20, null],
      ['audit_preparation', 'later', -30, null],
      ['audit', 'later', -60, null],
    ]);
    expect(agenda.items[1]).toMatchObject({
      reference: 'ACT-2026-001',
      route: expect.stringMatching(/^\/actions\/\d+$/),
      key: expect.stringMatching(/^action:\d+$/),
    });
    expect(agenda.counts).toEqual({ overdue: 1, this_week: 1, this_month: 0, later: 3 });
    expect(agenda.summary).toMatchObject({
      documentsInForce: 1,
      documentsReviewedOnTime: 0,
      overdueActions: 0,
      openNonconformities: { mineure: 1 },
      nextExternalAudit: { inDays: 60 },
    });

    const mine = await expectOk<Agenda>(backend.api, 'agenda.list', { personId: karim });
    expect(mine.items.map((item) => item.kind)).toEqual(['action']);
    // « Mes tâches » keeps what nobody is responsible for too (it falls to the quality lead), never someone else's.
    const mineAndUnassigned = await expectOk<Agenda>(backend.api, 'agenda.list', { personId: karim, withUnassigned: true });
    expect(mineAndUnassigned.items.map((item) => [item.kind, item.responsibleId])).toEqual([
      ['action', karim],
      ['effectiveness_check', null],
      ['audit_preparation', null],
      ['audit', null],
    ]);
    const shortHorizon = await expectOk<Agenda>(backend.api, 'agenda.list', { horizonDays: 10 });
    expect(shortHorizon.items.map((item) => item.kind)).toEqual(['document_review', 'action']);
  });

  it('lists the certification’s renewal alert and expiry, and missing read acknowledgements of a recent version', async () => {
    await expectOk(backend.api, 'certifications.create', {
      scheme: 'Cèdre ISO 9001',
      referentialId: null,
      body: 'AFNOR Certification',
      certificateNumber: 'CED-42',
      decisionDate: '2024-03-15',
      expiryDate: '2027-03-14',
      status: 'certifie',
      isGroup: false,
      groupName: null,
      centralFunction: null,
      otherMembers: null,
    });
    await expectOk(backend.api, 'documents.create', {
      title: 'Politique qualité',
      type: 'politique',
      initialStatus: 'en_vigueur',
      processId: null,
      ownerId: karim,
      reviewPeriodMonths: 12,
      effectiveDate: day(-5),
      approvedById: null,
      approvedOn: null,
    });
    const agenda = await expectOk<Agenda>(backend.api, 'agenda.list', { horizonDays: 120 });
    // No audit was recorded for this cycle: its rules say so, in words, among the late obligations.
    expect(agenda.items.map((item) => [item.kind, item.due, item.detail, item.count])).toEqual([
      ['certification_warning', '2025-03-15', 'Cèdre ISO 9001', null],
      ['certification_warning', '2025-12-31', 'Cèdre ISO 9001', null],
      ['certification_renewal', '2026-09-14', 'AFNOR Certification', null],
      ['document_reads', day(25), '1', 2],
      ['certification_expiry', '2027-03-14', 'AFNOR Certification', null],
    ]);
    expect(agenda.items.slice(0, 2).map((item) => [item.group, item.route, item.label])).toEqual([
      [
        'overdue',
        expect.stringMatching(/^\/certifications\/\d+$/),
        'La surveillance 1 n’a pas eu lieu : sa fenêtre (du 15 décembre 2024 au 15 mars 2025) s’est fermée le 15 mars 2025. Planifiez-la au plus tôt avec l’organisme.',
      ],
      [
        'overdue',
        expect.stringMatching(/^\/certifications\/\d+$/),
        'Aucun audit de l’organisme n’a eu lieu en 2025 : ISO/IEC 17021-1 (§ 9.6.2.2) demande au moins un audit de surveillance par année civile, hors année du renouvellement.',
      ],
    ]);
    // They name no person or process: an agenda filtered by person leaves them out, unless it keeps the unassigned.
    expect((await expectOk<Agenda>(backend.api, 'agenda.list', { personId: karim })).items.map((item) => item.kind)).not.toContain(
      'certification_warning',
    );
    const unassigned = await expectOk<Agenda>(backend.api, 'agenda.list', { personId: karim, withUnassigned: true });
    expect(unassigned.items.filter((item) => item.kind === 'certification_warning')).toHaveLength(2);
  });

  it.each(['sql', 'backlogSql'] as const)('reads each kind through an index (%s): no full scan of a register in the query plan', (sql) => {
    const db = new Database(backend.filePath, { readonly: true });
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${createAgendaRepository(db)[sql]}`).all({
      horizon: '2027-02-24',
      preparationHorizon: '2027-03-26',
      today: '2026-11-26',
      readsSince: '2026-08-28',
      personId: null,
      withUnassigned: 0,
      processId: null,
      listedSince: '2026-08-28',
    }) as { detail: string }[];
    db.close();
    const scans = plan.map((row) => row.detail).filter((detail) => /^SCAN /.test(detail));
    // Certifications are a handful of rows; people are scanned only to count who has not read a version;
    // the compound's own result is read once to apply the person and process filters.
    expect(scans.filter((detail) => !/^SCAN (c|pe)\b/.test(detail) && !/^SCAN \(subquery-\d+\)$/.test(detail))).toEqual([]);
    for (const index of [
      'documents_review',
      'document_versions_in_force_since',
      'audits_dates',
      'findings_due',
      'findings_follow_up',
      'actions_plan',
      'effectiveness_checks_pending',
      'complaints_unanswered',
      'indicators_due',
      'context_issues_review',
      'interested_parties_review',
      'risks_review',
      'risks_reevaluation',
      'watch_sources_due',
    ]) {
      expect(
        plan.some((row) => row.detail.includes(index)),
        index,
      ).toBe(true);
    }
  });
});

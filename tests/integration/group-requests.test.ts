import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action } from '../../shared/schemas/actions';
import type { Extension, GroupView, SnapshotImportResult } from '../../shared/schemas/group';
import type { GroupRequest } from '../../shared/schemas/group-requests';
import type { HistoryEntry } from '../../shared/schemas/history';
import fs from 'node:fs';
import type { PackJob } from '../../shared/schemas/pack';
import { expectOk, makeTempDir, type TestBackend } from '../helpers/backend';
import { exportSnapshot, makeMember, splitSnapshot, type Member } from '../helpers/groupFixture';
import { actionFields } from '../helpers/nonconformities';
import { openPackBackend, waitForJob } from '../helpers/packBackend';
import { readPdf } from '../helpers/pdf';

// Three member files made through the API and the group's file: the group extends A's NC, B and C
// record the request and answer it in their own files, and their next snapshots bring the answers.
describe('the group’s requests: answered in the members’ files, read back from their snapshots', () => {
  let dir: string;
  let cleanup: () => void;
  let a: Member;
  let b: Member;
  let c: Member;
  let group: TestBackend;
  let extension: Extension;
  let bAction: Action;
  const memberIds = new Map<string, number>();

  const send = async (member: Member) => {
    const snapshot = await exportSnapshot(member);
    const result = await expectOk<SnapshotImportResult>(group.api, 'group.importSnapshot', {
      fileName: snapshot.fileName,
      content: snapshot.content,
    });
    return { snapshot, result };
  };
  const lineOf = async (name: string) => {
    const view = await expectOk<GroupView>(group.api, 'group.view', {});
    return view.extensions[0]?.answers.find((line) => line.memberName === name)?.answer;
  };
  const record = (member: Member, code: string, ncReference: string) =>
    member.backend.api.invoke('groupRequests.record', {
      code,
      ncReference,
      description: 'Fiches de liaison non signées par le prescripteur.',
      receivedOn: '2026-11-20',
    });

  beforeAll(async () => {
    ({ dir, cleanup } = makeTempDir());
    a = await makeMember(dir, 'AI du Val de Sèvre', { withNc: true });
    b = await makeMember(dir, 'ACI Les Jardins');
    c = await makeMember(dir, 'ETTI Tremplin');
    group = await openPackBackend();
    await expectOk(group.api, 'group.update', { name: 'GES Val de Sèvre', sampledPerAudit: null });
    for (const member of [a, b, c]) {
      await expectOk(group.api, 'group.addMember', { name: member.name, fingerprint: member.key.fingerprint, joinedOn: '2026-01-01' });
      await send(member);
    }
    const view = await expectOk<GroupView>(group.api, 'group.view', {});
    for (const member of view.members) memberIds.set(member.name, member.memberId);
    const source = view.members.find((member) => member.name === a.name);
    extension = await expectOk<Extension>(group.api, 'group.extend', {
      memberId: source?.memberId,
      nonconformityId: source?.openNonconformities[0]?.id,
      decidedOn: '2026-11-20',
    });
    const [person] = await expectOk<{ id: number }[]>(b.backend.api, 'people.list', {});
    bAction = await expectOk<Action>(b.backend.api, 'actions.create', {
      origin: { source: 'autre', note: 'Demande du groupe EXT-1' },
      fields: actionFields(person?.id ?? 0, {
        openedOn: '2026-11-21',
        dueDate: '2026-12-31',
        description: 'Contrôler les fiches du trimestre.',
      }),
    });
  });
  afterAll(() => {
    for (const member of [a, b, c]) member.backend.close();
    group.close();
    cleanup();
  });

  it('gives each extension a stable code the members answer with', () => {
    expect(extension.code).toBe(`EXT-${extension.id}`);
    expect(extension.code).toBe('EXT-1');
  });

  it('records a request in a member’s file as typed from the message, and refuses bad input in French, changing nothing', async () => {
    const request = await expectOk<GroupRequest>(b.backend.api, 'groupRequests.record', {
      code: ' ext 1 ',
      ncReference: 'NC-2026-001',
      description: 'Fiches de liaison non signées par le prescripteur.',
      receivedOn: '2026-11-20',
    });
    expect(request).toMatchObject({ code: 'EXT-1', ncReference: 'NC-2026-001', receivedOn: '2026-11-20', answer: null });
    expect(await record(b, 'EXT-1', 'NC-2026-001')).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { code: 'La demande EXT-1 est déjà enregistrée.' } },
    });
    expect(await record(b, 'NC-2026-001', 'NC-2026-001')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { code: expect.stringContaining('EXT- suivi d’un nombre') } },
    });
    const answer = (fields: Record<string, unknown>) =>
      b.backend.api.invoke('groupRequests.answer', {
        id: request.id,
        concerned: true,
        actionId: bAction.id,
        answeredOn: '2026-11-21',
        ...fields,
      });
    expect(await answer({ actionId: null })).toMatchObject({
      ok: false,
      error: { fields: { actionId: 'Choisissez l’action de votre plan d’actions qui répond à cette demande.' } },
    });
    expect(await answer({ actionId: 9999 })).toMatchObject({
      ok: false,
      error: { fields: { actionId: 'Cette action n’est pas dans votre plan d’actions : choisissez-en une dans la liste.' } },
    });
    expect(await answer({ answeredOn: '2026-11-19' })).toMatchObject({
      ok: false,
      error: {
        fields: { answeredOn: 'La réponse (19 novembre 2026) ne peut pas précéder la réception de la demande (20 novembre 2026).' },
      },
    });
    expect(await expectOk<GroupRequest[]>(b.backend.api, 'groupRequests.list', {})).toEqual([request]);
    const answered = await expectOk<GroupRequest>(b.backend.api, 'groupRequests.answer', {
      id: request.id,
      concerned: true,
      actionId: bAction.id,
      answeredOn: '2026-11-21',
    });
    expect(answered.answer).toEqual({
      concerned: true,
      answeredOn: '2026-11-21',
      action: { id: bAction.id, reference: bAction.reference, description: 'Contrôler les fiches du trimestre.', status: 'a_faire' },
    });
    const history = await expectOk<HistoryEntry[]>(b.backend.api, 'history.forRecord', { entity: 'group_request', entityId: request.id });
    expect(history.map((entry) => entry.action)).toEqual(['answer', 'create']);
    expect(history[0]?.changes).toContainEqual({ field: 'action', before: null, after: bAction.reference });
  });

  it('imports the next snapshots: B’s and C’s answers recorded with their source, unmatched ones explained', async () => {
    const cRequest = await expectOk<GroupRequest>(c.backend.api, 'groupRequests.record', {
      code: 'EXT-1',
      ncReference: 'nc-2026-001',
      description: 'Fiches de liaison non signées.',
      receivedOn: '2026-11-20',
    });
    await expectOk(c.backend.api, 'groupRequests.answer', { id: cRequest.id, concerned: false, actionId: null, answeredOn: '2026-11-21' });
    const unknown = await expectOk<GroupRequest>(c.backend.api, 'groupRequests.record', {
      code: 'EXT-99',
      ncReference: 'NC-2026-004',
      description: 'Une demande d’un autre groupe.',
      receivedOn: '2026-11-20',
    });
    await expectOk(c.backend.api, 'groupRequests.answer', { id: unknown.id, concerned: false, actionId: null, answeredOn: '2026-11-22' });
    const aRequest = await expectOk<GroupRequest>(a.backend.api, 'groupRequests.record', {
      code: 'EXT-1',
      ncReference: 'NC-2026-009',
      description: 'Référence mal recopiée.',
      receivedOn: '2026-11-20',
    });
    await expectOk(a.backend.api, 'groupRequests.answer', { id: aRequest.id, concerned: false, actionId: null, answeredOn: '2026-11-21' });

    const fromB = await send(b);
    expect(fromB.result).toMatchObject({ answersRecorded: 1, unmatchedAnswers: [] });
    // The snapshot carries the member's register: codes, references and its action, nobody's name.
    const { database } = splitSnapshot(fromB.snapshot.content);
    const copyPath = path.join(dir, 'copie-b.sqlite');
    fs.writeFileSync(copyPath, database);
    const copy = new Database(copyPath, { readonly: true });
    expect(copy.prepare('SELECT code, nc_reference, concerned, action_id, answered_on FROM group_requests').all()).toEqual([
      { code: 'EXT-1', nc_reference: 'NC-2026-001', concerned: 1, action_id: bAction.id, answered_on: '2026-11-21' },
    ]);
    copy.close();

    const fromC = await send(c);
    expect(fromC.result.answersRecorded).toBe(1);
    expect(fromC.result.unmatchedAnswers).toEqual([
      {
        memberId: memberIds.get(c.name),
        memberName: c.name,
        code: 'EXT-99',
        ncReference: 'NC-2026-004',
        answeredOn: '2026-11-22',
        reason: 'code_inconnu',
        explanation: 'code inconnu : aucune extension du groupe ne porte ce code',
      },
    ]);
    const fromA = await send(a);
    expect(fromA.result).toMatchObject({
      answersRecorded: 0,
      unmatchedAnswers: [
        { code: 'EXT-1', reason: 'reference_differente', explanation: expect.stringContaining('la référence ne correspond pas') },
      ],
    });

    expect(await lineOf(b.name)).toEqual({
      concerned: true,
      action: 'Contrôler les fiches du trimestre.',
      answeredOn: '2026-11-21',
      actionReference: bAction.reference,
      actionStatus: 'a_faire',
      receivedIn: { sha256: fromB.snapshot.sha256, createdOn: '2026-11-26' },
    });
    expect(await lineOf(c.name)).toMatchObject({ concerned: false, action: null, receivedIn: { sha256: fromC.snapshot.sha256 } });
    const view = await expectOk<GroupView>(group.api, 'group.view', {});
    expect(view.unmatchedAnswers.map((answer) => [answer.memberName, answer.code, answer.reason])).toEqual([
      ['AI du Val de Sèvre', 'EXT-1', 'reference_differente'],
      ['ETTI Tremplin', 'EXT-99', 'code_inconnu'],
    ]);
  });

  it('replaces an answer by a later snapshot’s (history keeps both) and refuses a hand-typed one dated before it', async () => {
    await expectOk(b.backend.api, 'actions.move', { id: bAction.id, revision: bAction.revision, step: { move: 'start' } });
    const again = await send(b);
    expect(again.result.answersRecorded).toBe(1);
    expect(await lineOf(b.name)).toMatchObject({ actionStatus: 'en_cours', receivedIn: { sha256: again.snapshot.sha256 } });
    const history = await expectOk<HistoryEntry[]>(group.api, 'history.forRecord', {
      entity: 'group_member',
      entityId: memberIds.get(b.name),
    });
    const answers = history.filter((entry) => entry.action === 'extension_answer');
    expect(answers).toHaveLength(2);
    expect(answers[0]?.changes).toContainEqual({ field: 'actionStatus', before: 'a_faire', after: 'en_cours' });
    expect(
      await group.api.invoke('group.answerExtension', {
        extensionId: extension.id,
        memberId: memberIds.get(b.name),
        concerned: false,
        action: null,
        answeredOn: '2026-11-20',
      }),
    ).toMatchObject({
      ok: false,
      error: {
        fields: {
          answeredOn: 'La réponse (20 novembre 2026) ne peut pas précéder celle reçue dans l’envoi du 26 novembre 2026 (21 novembre 2026).',
        },
      },
    });
  });

  it('keeps an answer the group typed with a later date than the one a snapshot brings, and says why', async () => {
    await expectOk(group.api, 'group.answerExtension', {
      extensionId: extension.id,
      memberId: memberIds.get(c.name),
      concerned: true,
      action: 'Contrôle des fiches demandé par téléphone.',
      answeredOn: '2026-11-24',
    });
    // The member's file moved on (a snapshot of an unchanged file is the same snapshot), its answer did not.
    await expectOk(c.backend.api, 'people.create', { name: 'Karim Benali', jobTitle: 'CIP' });
    const again = await send(c);
    expect(again.result.answersRecorded).toBe(0);
    expect(again.result.unmatchedAnswers.map((answer) => [answer.code, answer.reason])).toEqual([
      ['EXT-1', 'reponse_plus_recente'],
      ['EXT-99', 'code_inconnu'],
    ]);
    expect(await lineOf(c.name)).toMatchObject({
      concerned: true,
      action: 'Contrôle des fiches demandé par téléphone.',
      answeredOn: '2026-11-24',
      receivedIn: null,
    });
    expect(group.errors).toEqual([]);
  });

  it('prints each answer’s source on the group pack’s extension page, and the answers not matched', async () => {
    const { jobId } = await expectOk<{ jobId: string }>(group.api, 'group.startPack', { date: '2026-11-26' });
    expect(await waitForJob(group, jobId)).toMatchObject<Partial<PackJob>>({ state: 'done' });
    const download = await expectOk<{ content: Uint8Array }>(group.api, 'pack.download', { jobId });
    const pdfPath = path.join(dir, 'groupe.pdf');
    fs.writeFileSync(pdfPath, download.content);
    const text = (await readPdf(pdfPath)).pages.join('\n').replace(/\s+/g, ' ');
    for (const expected of [
      'EXT-1 · NC-2026-001 — AI du Val de Sèvre',
      `concerné : ${bAction.reference} Contrôler les fiches du trimestre. (en cours)`,
      'reçue dans l’envoi du 26 novembre 2026',
      'concerné : Contrôle des fiches demandé par téléphone.',
      'saisie par le groupe',
      'ETTI Tremplin, EXT-99 (NC-2026-004, réponse du 22 novembre 2026) : code inconnu',
    ])
      expect(text).toContain(expected);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Action } from '../../shared/schemas/actions';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { LastChange } from '../../shared/schemas/undo';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';
import { buildLoopFile } from '../helpers/loopFixture';

describe('undo the last change of the session (Ctrl+Z)', () => {
  let backend: TestBackend;
  let loop: Awaited<ReturnType<typeof buildLoopFile>>;
  beforeEach(async () => {
    backend = await openTestBackend();
    loop = await buildLoopFile(backend);
  });
  afterEach(() => backend.close());

  const ok = <T>(method: string, input: unknown) => expectOk<T>(backend.api, method, input);
  const refused = async (pattern: RegExp) => {
    const result = await backend.api.invoke('undo.apply', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(pattern) } });
  };
  // An action of an NC writes its history on the NC's.
  const history = (action: Action) =>
    ok<HistoryEntry[]>(
      'history.forRecord',
      action.nonconformityId === null
        ? { entity: 'action', entityId: action.id }
        : { entity: 'nonconformity', entityId: action.nonconformityId },
    );

  it('undoes a completed action by reopening it, as a new history entry beside the first', async () => {
    const action = await ok<Action>('actions.get', { id: loop.actions.overdue.id });
    const entriesBefore = (await history(action)).length;
    await ok('actions.move', {
      id: action.id,
      revision: action.revision,
      step: { move: 'complete', doneOn: '2026-11-20', evidenceNotes: null },
    });
    expect(await ok<LastChange>('undo.last', {})).toEqual({ description: `Action ${action.reference} réalisée`, refusal: null });
    expect(await ok('undo.apply', {})).toEqual({ description: `Action ${action.reference} rouverte` });
    const undone = await ok<Action>('actions.get', { id: action.id });
    expect(undone).toMatchObject({ status: 'en_cours', doneOn: null });
    const entries = await history(action);
    // Both moves stay in the history: the history itself is never rewritten.
    expect(entries.length).toBe(entriesBefore + 2);
    expect(entries[0]?.changes).toContainEqual(expect.objectContaining({ field: 'comment', after: expect.stringContaining('Annulation') }));
    expect(entries[1]?.changes).toContainEqual(expect.objectContaining({ field: 'status', after: 'realisee' }));
    expect(await ok('undo.last', {})).toBeNull();
    await refused(/Rien à annuler/);
  });

  it('undoes a reopening by completing the action again on its former date', async () => {
    const action = await ok<Action>('actions.get', { id: loop.actions.old.id });
    expect(action.status).toBe('realisee');
    await ok('actions.move', { id: action.id, revision: action.revision, step: { move: 'reopen', reason: 'Preuve manquante.' } });
    await ok('undo.apply', {});
    expect(await ok<Action>('actions.get', { id: action.id })).toMatchObject({ status: 'realisee', doneOn: action.doneOn });
  });

  it('undoes a link removed between a document and a requirement', async () => {
    const document = await ok<{ id: number }>('documents.create', {
      title: 'Traitement des réclamations',
      type: 'procedure',
      initialStatus: 'brouillon',
      processId: null,
      ownerId: null,
      reviewPeriodMonths: 12,
      effectiveDate: null,
      approvedById: null,
      approvedOn: null,
    });
    const target = { entity: 'document', entityId: document.id };
    const requirementId = loop.findings.nc.requirementId;
    if (requirementId === null) throw new Error('the fixture’s finding names a requirement');
    const links = await ok<{ id: number }[]>('referentials.link', { requirementId, ...target });
    await ok('referentials.unlink', { requirementId, ...target });
    expect((await ok<LastChange>('undo.last', {}))?.description).toBe('Lien avec l’exigence 9.1.2 retiré');
    expect(await ok('undo.apply', {})).toEqual({ description: 'Lien avec l’exigence 9.1.2 rétabli' });
    expect(await ok('referentials.linksFor', target)).toEqual(links);
  });

  it('says in French what cannot be undone, and changes nothing', async () => {
    const complaint = await ok('complaints.get', { id: loop.complaints.unanswered.id });
    await ok('people.create', { name: 'Nouvelle personne', jobTitle: null });
    const last = await ok<LastChange>('undo.last', {});
    expect(last?.refusal).toMatch(/ne s’annule pas d’un geste/);
    await refused(/ne s’annule pas/);
    expect(await ok('complaints.get', { id: loop.complaints.unanswered.id })).toEqual(complaint);
  });
});

import { describe, expect, it } from 'vitest';
import {
  actionDueAfterCheck,
  canApplyToNonconformity,
  closureFactsOf,
  closureGate,
  isCauseRecorded,
  nonconformityStatuses,
  nonconformityTransitions,
  planGate,
  roundActionsOf,
  transitionAfterActions,
  type ClosureFacts,
  type NonconformityTransition,
} from '../../../../shared/domain/nonconformities';

describe('nonconformity state machine', () => {
  const allowed: Record<NonconformityTransition, string[]> = {
    startAnalysis: ['a_traiter'],
    planCheck: ['en_analyse'],
    completeActions: ['actions_en_cours'],
    reopenActions: ['verification'],
    judgeIneffective: ['verification'],
    close: ['verification'],
  };

  it.each(Object.keys(nonconformityTransitions) as NonconformityTransition[])('allows %s only from its statuses', (transition) => {
    for (const status of nonconformityStatuses) {
      expect(canApplyToNonconformity(transition, status), `${transition} from ${status}`).toBe(allowed[transition].includes(status));
    }
  });

  it('never leaves "close"', () => {
    expect((Object.keys(nonconformityTransitions) as NonconformityTransition[]).filter((t) => canApplyToNonconformity(t, 'close'))).toEqual(
      [],
    );
  });

  it.each([
    ['actions_en_cours', ['realisee', 'abandonnee'], 'completeActions'],
    ['actions_en_cours', ['realisee', 'en_cours'], null],
    ['actions_en_cours', ['abandonnee'], null],
    ['actions_en_cours', [], null],
    ['verification', ['realisee', 'a_faire'], 'reopenActions'],
    ['verification', ['realisee'], null],
    ['en_analyse', ['realisee'], null],
    ['a_traiter', ['a_faire'], null],
  ] as const)('in %s with round actions %j, moves by %s', (status, statuses, expected) => {
    expect(
      transitionAfterActions(
        status,
        statuses.map((s) => ({ status: s })),
      ),
    ).toBe(expected);
  });
});

describe('closure gate', () => {
  const met: ClosureFacts = {
    causeRecorded: true,
    actions: [
      { reference: 'ACT-2026-001', status: 'realisee', abandonReason: null },
      { reference: 'ACT-2026-002', status: 'abandonnee', abandonReason: 'Remplacée par ACT-2026-003.' },
    ],
    openCheck: null,
    lastVerdict: 'efficace',
  };
  const gate = (overrides: Partial<ClosureFacts>) => closureGate({ ...met, ...overrides });

  it('lets a nonconformity close with a cause, every action finished and an effective check', () => {
    expect(gate({})).toEqual([]);
  });

  it('asks for a retained cause', () => {
    expect(gate({ causeRecorded: false })).toEqual([
      { condition: 'cause', message: expect.stringContaining('Aucune cause n’est retenue') as string },
    ]);
  });

  it('asks for at least one action', () => {
    expect(gate({ actions: [] }).map((m) => m.message)).toEqual([
      'Aucune action n’est enregistrée : ajoutez au moins une action corrective.',
    ]);
  });

  it.each([
    [['a_faire'], 'L’action ACT-2026-009 (à faire) doit être réalisée ou abandonnée avec un motif.'],
    [
      ['en_cours', 'a_faire'],
      'Les actions ACT-2026-009 (en cours) et ACT-2026-010 (à faire) doivent être réalisées ou abandonnées avec un motif.',
    ],
  ] as const)('names every unfinished action: %j', (statuses, message) => {
    const references = ['ACT-2026-009', 'ACT-2026-010'];
    const actions = statuses.map((status, index) => ({ reference: references[index] ?? '', status, abandonReason: null }));
    expect(gate({ actions: [...met.actions, ...actions] })).toEqual([{ condition: 'actions', message }]);
  });

  it('refuses an abandon without its reason', () => {
    expect(gate({ actions: [{ reference: 'ACT-2026-004', status: 'abandonnee', abandonReason: '  ' }] })[0]?.message).toBe(
      'Le motif d’abandon manque pour ACT-2026-004.',
    );
  });

  it.each([
    [{ openCheck: { plannedOn: '2027-03-14' }, lastVerdict: null }, 'prévue le 14 mars 2027 n’a pas encore conclu « efficace »'],
    [{ openCheck: { plannedOn: '2027-03-14' }, lastVerdict: 'efficace' }, 'prévue le 14 mars 2027'],
    [{ lastVerdict: 'non_efficace' }, 'a conclu « non efficace »'],
    [{ lastVerdict: null }, 'L’efficacité n’a pas été vérifiée'],
  ] as const)('asks for an effective check: %j', (facts, message) => {
    expect(gate(facts)).toEqual([{ condition: 'effectiveness', message: expect.stringContaining(message) as string }]);
  });

  it('lists every missing condition at once, in order', () => {
    expect(closureGate({ causeRecorded: false, actions: [], openCheck: null, lastVerdict: null }).map((m) => m.condition)).toEqual([
      'cause',
      'actions',
      'effectiveness',
    ]);
  });

  it('reads its facts from a nonconformity: the latest verdict counts, an open check is pending', () => {
    const nc = {
      analysis: { method: 'cinq_pourquoi' as const, text: null, causes: [{ retained: false }, { retained: true }] },
      actions: [
        { reference: 'ACT-1', status: 'realisee' as const, abandonReason: null, dueDate: '2026-10-01', checkId: 1 },
        { reference: 'ACT-2', status: 'a_faire' as const, abandonReason: null, dueDate: '2026-12-01', checkId: null },
      ],
      checks: [
        { id: 1, plannedOn: '2026-11-01', verdict: 'non_efficace' as const },
        { id: 2, plannedOn: '2026-12-15', verdict: null },
      ],
    };
    expect(closureFactsOf(nc)).toMatchObject({ causeRecorded: true, openCheck: { plannedOn: '2026-12-15' }, lastVerdict: 'non_efficace' });
    expect(roundActionsOf(nc).map((a) => a.reference)).toEqual(['ACT-2']);
  });
});

describe('cause, plan and dates', () => {
  it.each([
    [null, false],
    [{ method: 'texte', text: 'Pas de référent.', causes: [] }, true],
    [{ method: 'texte', text: '   ', causes: [] }, false],
    [{ method: 'ishikawa', text: null, causes: [{ retained: false }] }, false],
    [{ method: 'ishikawa', text: null, causes: [{ retained: false }, { retained: true }] }, true],
  ] as const)('analysis %j records a cause: %s', (analysis, expected) => {
    expect(isCauseRecorded(analysis)).toBe(expected);
  });

  it('plans the check only with a cause and a live action', () => {
    expect(planGate({ causeRecorded: true, roundActions: [{ reference: 'A', status: 'a_faire', dueDate: '2026-12-01' }] })).toEqual([]);
    expect(
      planGate({ causeRecorded: false, roundActions: [{ reference: 'A', status: 'abandonnee', dueDate: '2026-12-01' }] }).map(
        (m) => m.condition,
      ),
    ).toEqual(['cause', 'actions']);
  });

  it('finds the live action due last after the planned check date', () => {
    const round = [
      { reference: 'A', status: 'a_faire', dueDate: '2026-12-01' },
      { reference: 'B', status: 'en_cours', dueDate: '2026-12-20' },
      { reference: 'C', status: 'abandonnee', dueDate: '2027-06-01' },
    ] as const;
    expect(actionDueAfterCheck('2026-12-10', round)?.reference).toBe('B');
    expect(actionDueAfterCheck('2026-12-20', round)).toBeNull();
  });

  it('lets the check come before a done action’s due date, not before the day it was done', () => {
    const round = [{ reference: 'A', status: 'realisee', dueDate: '2027-03-31', doneOn: '2026-11-20' }] as const;
    expect(actionDueAfterCheck('2026-11-26', round)).toBeNull();
    expect(actionDueAfterCheck('2026-11-19', round)?.reference).toBe('A');
  });
});

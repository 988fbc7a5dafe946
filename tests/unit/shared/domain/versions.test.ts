import { describe, expect, it } from 'vitest';
import {
  canApply,
  documentStatusFrom,
  indiceLabel,
  versionStatuses,
  versionTransitions,
  type VersionTransition,
} from '../../../../shared/domain/versions';
import { idSchema, required } from '../../../../shared/schemas/common';

describe('version lifecycle', () => {
  const allowed: Record<VersionTransition, string> = {
    submit: 'brouillon',
    returnToDraft: 'soumis',
    approve: 'soumis',
    withdraw: 'en_vigueur',
    abandon: 'brouillon',
  };

  it.each(Object.keys(versionTransitions) as VersionTransition[])('allows %s only from its one status', (transition) => {
    for (const status of versionStatuses)
      expect(canApply(transition, status), `${transition} from ${status}`).toBe(status === allowed[transition]);
  });

  it('never leaves obsolete', () => {
    expect((Object.keys(versionTransitions) as VersionTransition[]).filter((transition) => canApply(transition, 'obsolete'))).toEqual([]);
  });

  it.each([
    [[], 'brouillon'],
    [['brouillon'], 'brouillon'],
    [['soumis', 'obsolete'], 'brouillon'],
    [['en_vigueur', 'brouillon'], 'en_vigueur'],
    [['obsolete', 'en_vigueur', 'soumis'], 'en_vigueur'],
    [['obsolete', 'obsolete'], 'obsolete'],
  ] as const)('a document with versions %j is %s', (statuses, expected) => {
    expect(documentStatusFrom(statuses)).toBe(expected);
  });
});

describe('indiceLabel', () => {
  it.each([
    [1, 'numeric', '1'],
    [12, 'numeric', '12'],
    [1, 'alpha', 'A'],
    [2, 'alpha', 'B'],
    [26, 'alpha', 'Z'],
    [27, 'alpha', 'AA'],
    [52, 'alpha', 'AZ'],
    [703, 'alpha', 'AAA'],
  ] as const)('version %i numbered %s is %s', (sequence, scheme, expected) => {
    expect(indiceLabel(sequence, scheme)).toBe(expected);
  });
});

describe('required()', () => {
  const approver = required(idSchema, 'Indiquez qui approuve cette version.');
  it('refuses null with its own message, keeps the inner checks, and passes values through', () => {
    expect(approver.safeParse(null).error?.issues[0]?.message).toBe('Indiquez qui approuve cette version.');
    expect(approver.safeParse(-3).error?.issues[0]?.message).toBe('Identifiant invalide.');
    expect(approver.parse(7)).toBe(7);
  });
});

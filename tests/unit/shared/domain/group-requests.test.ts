import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extensionCode,
  extensionIdOfCode,
  extensionRequestText,
  normalisedRequestCode,
  receivedAnswerWins,
  sameNcReference,
} from '../../../../shared/domain/group-requests';

describe('the group’s request codes and the rule between answers', () => {
  it('reads back the extension id of every code it gives, however it was typed from the message', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (id) => {
        expect(extensionIdOfCode(extensionCode(id))).toBe(id);
        expect(extensionIdOfCode(` ext ${id} `)).toBe(id);
        expect(extensionIdOfCode(`Ext - ${id}`)).toBe(id);
      }),
    );
    expect(normalisedRequestCode('  ext 12 ')).toBe('EXT-12');
    for (const code of ['NC-2026-001', 'EXT-', 'EXT-12a', '12', 'EXT-1234567890']) expect(extensionIdOfCode(code), code).toBeNull();
  });

  it('compares NC references as a person reads them', () => {
    expect(sameNcReference(' nc-2026-001', 'NC-2026-001 ')).toBe(true);
    expect(sameNcReference('NC-2026-001', 'NC-2026-010')).toBe(false);
  });

  it('lets the latest answered_on win, the received answer on the same day', () => {
    expect(receivedAnswerWins(null, '2026-11-21')).toBe(true);
    expect(receivedAnswerWins({ answeredOn: '2026-11-21' }, '2026-11-21')).toBe(true);
    expect(receivedAnswerWins({ answeredOn: '2026-11-21' }, '2026-11-22')).toBe(true);
    expect(receivedAnswerWins({ answeredOn: '2026-11-24' }, '2026-11-21')).toBe(false);
  });

  it('writes a request that names the NC, its member, the code and the answer expected', () => {
    const text = extensionRequestText({
      groupName: 'GES Val de Sèvre',
      code: 'EXT-3',
      memberName: 'AI du Val de Sèvre',
      ncReference: 'NC-2026-001',
      ncDescription: 'Fiches de liaison non signées.',
      decidedOn: '2026-11-01',
    });
    expect(text.split('\n')[0]).toBe('Demande du groupe « GES Val de Sèvre » — code EXT-3');
    for (const part of [
      '« AI du Val de Sèvre » : NC-2026-001.',
      'Fiches de liaison non signées.',
      'le 1er novembre 2026',
      'code EXT-3 et la référence NC-2026-001',
      '« non concerné »',
    ])
      expect(text).toContain(part);
  });
});

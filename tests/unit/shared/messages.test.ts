import { describe, expect, it } from 'vitest';
import { englishMessage, messageDetailOf } from '../../../shared/api/messages';
import { fail } from '../../../shared/api/result';
import { outOfOrder } from '../../../shared/domain/dates';
import { requiredLine, requiredText } from '../../../shared/schemas/common';

const english = (message: string) => {
  const detail = messageDetailOf(message);
  return detail && englishMessage(detail, (date) => `[${date}]`);
};
const zodMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message ?? '';

describe('the meaning of a French refusal, for the English interface', () => {
  it('reads the dates of an out-of-order refusal back as calendar dates', () => {
    const message = outOfOrder('L’échéance', '2026-09-01', 'l’ouverture de l’action', '2026-09-10');
    expect(message).toBe('L’échéance (1er septembre 2026) ne peut pas précéder l’ouverture de l’action (10 septembre 2026).');
    expect(messageDetailOf(message)).toEqual({ key: 'outOfOrder', params: { date: '2026-09-01', before: '2026-09-10' } });
    expect(english(message)).toBe('This date ([2026-09-01]) cannot come before [2026-09-10].');
  });

  it.each([
    [zodMessage(requiredText('La description de l’action', 2000).safeParse('')), 'This is required.'],
    [zodMessage(requiredText('La description', 20).safeParse('x'.repeat(21))), 'At most 20 characters.'],
    [zodMessage(requiredLine('Le nom', 120).safeParse('deux\nlignes')), 'Keep this on one line.'],
    ['Indiquez l’échéance.', 'This is required.'],
    ['Choisissez le type d’action.', 'Choose one.'],
    ['La date de réception ne peut pas être dans le futur.', 'This date cannot be in the future.'],
    ['Date invalide : utilisez le format JJ/MM/AAAA.', 'Invalid date: use the DD/MM/YYYY format.'],
    ['Cette personne n’existe pas dans l’annuaire.', 'This record does not exist (any more).'],
    [
      'L’action ACT-2026-001 a été modifiée entre-temps. Rechargez la page, puis recommencez.',
      'Someone changed this record in the meantime. Reload the page, then try again.',
    ],
  ])('« %s » → « %s »', (message, expected) => {
    expect(english(message)).toBe(expected);
  });

  it('leaves a message of no known family French (no key), as the fallback', () => {
    expect(messageDetailOf('Un processus porte déjà ce nom.')).toBeNull();
  });

  it('sends the key and parameters across the boundary, beside the French text, for the message and each field', () => {
    const refusal = fail('invalid_input', 'Indiquez l’échéance.', {
      dueDate: 'Indiquez l’échéance.',
      title: 'Un processus porte déjà ce nom.',
    });
    expect(refusal.error).toEqual({
      code: 'invalid_input',
      message: 'Indiquez l’échéance.',
      detail: { key: 'required', params: {} },
      fields: { dueDate: 'Indiquez l’échéance.', title: 'Un processus porte déjà ce nom.' },
      fieldDetails: { dueDate: { key: 'required', params: {} } },
    });
  });
});

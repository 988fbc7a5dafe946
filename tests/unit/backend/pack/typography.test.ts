import { describe, expect, it } from 'vitest';
import { NNBSP, dateTime, fileSize, frenchTypography, integer, percent, shortDate } from '../../../../electron/backend/pack/pdf/typography';

describe('French typography of prose in PDFs', () => {
  it('puts a narrow no-break space before ; : ! ? and inside guillemets', () => {
    expect(frenchTypography('Attention! Est-ce fait? Oui; voir ceci: la suite')).toBe(
      `Attention${NNBSP}! Est-ce fait${NNBSP}? Oui${NNBSP}; voir ceci${NNBSP}: la suite`,
    );
    expect(frenchTypography('« texte »')).toBe(`«${NNBSP}texte${NNBSP}»`);
    expect(frenchTypography('le "projet associatif"')).toBe(`le «${NNBSP}projet associatif${NNBSP}»`);
  });

  it('turns apostrophes and three dots into their typographic forms', () => {
    expect(frenchTypography("l'accueil d'un salarié...")).toBe('l’accueil d’un salarié…');
  });

  it('leaves times, addresses and identifiers alone', () => {
    expect(frenchTypography('Réunion à 10:30, voir https://exemple.fr/a?b=1')).toBe('Réunion à 10:30, voir https://exemple.fr/a?b=1');
  });

  it('writes the first of the month as « 1er » in a date and time, as in every French date', () => {
    expect(dateTime(new Date(2027, 0, 1, 9, 5))).toBe('1er janvier 2027 à 09:05');
    expect(dateTime(new Date(2026, 10, 26, 17, 40))).toBe('26 novembre 2026 à 17:40');
  });

  it('is idempotent', () => {
    const once = frenchTypography('Qui ? Quoi ! « Où » : là; "ici"');
    expect(frenchTypography(once)).toBe(once);
  });

  it('prints numbers, shares, sizes and dates as French readers expect', () => {
    expect(integer(1234567)).toBe(`1${NNBSP}234${NNBSP}567`);
    expect(percent(0.875)).toBe(`87,5${NNBSP}%`);
    expect(fileSize(1536)).toBe(`1,5${NNBSP}ko`);
    expect(shortDate('2026-11-26')).toBe('26/11/2026');
    expect(shortDate(null)).toBe('—');
  });
});

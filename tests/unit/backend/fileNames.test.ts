import { describe, expect, it } from 'vitest';
import { FALLBACK_FILE_NAME, MAX_FILE_NAME_BYTES, numberedFileName, sanitizeFileName } from '../../../electron/backend/files/names';
import { packFileName, readSheetFileName } from '../../../shared/domain/pack';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('sanitizeFileName', () => {
  it.each([
    ['Procédure achats v2.docx', 'Procédure achats v2.docx'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\boot.ini', 'boot.ini'],
    ['C:\\Users\\marie\\Bureau\\rapport.pdf', 'rapport.pdf'],
    ['/var/tmp/../secret.txt', 'secret.txt'],
    ['rap\u0000port.pdf', 'rapport.pdf'],
    ['ligne1\nligne2\r.txt', 'ligne1ligne2.txt'],
    ['photo\u202Egnp.txt', 'photognp.txt'],
    ['\uFEFFnotes.txt', 'notes.txt'],
    ['a:b*c?"d"<e>|f.pdf', 'a_b_c__d__e__f.pdf'],
    ['rapport.pdf. . ', 'rapport.pdf'],
    ['  .cache', 'cache'],
    ['CON.txt', '_CON.txt'],
    ['con', '_con'],
    ['NUL.tar.gz', '_NUL.tar.gz'],
    ['Lpt1.docx', '_Lpt1.docx'],
    ['COM¹.pdf', '_COM¹.pdf'],
    ['console.txt', 'console.txt'],
    ['', FALLBACK_FILE_NAME],
    ['...', FALLBACK_FILE_NAME],
    ['   ', FALLBACK_FILE_NAME],
    ['../', FALLBACK_FILE_NAME],
    ['\u0000\u0001', FALLBACK_FILE_NAME],
  ])('%j → %j', (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it('composes decomposed accents (macOS names) so duplicates are recognised', () => {
    expect(sanitizeFileName('Proce\u0301dure.pdf')).toBe('Procédure.pdf');
  });

  it('truncates to 255 UTF-8 bytes, keeping the extension and never splitting a character', () => {
    for (const stem of ['a'.repeat(300), 'é'.repeat(300), '😀'.repeat(300), 'e\u0301'.repeat(300)]) {
      const name = sanitizeFileName(`${stem}.pdf`);
      expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      expect(name.endsWith('.pdf')).toBe(true);
      expect(name).not.toMatch(/\uFFFD/);
      expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name);
    }
    expect(sanitizeFileName(`${'a'.repeat(300)}.pdf`)).toBe(`${'a'.repeat(251)}.pdf`);
  });

  it('does not count a long or odd ending as an extension', () => {
    const name = sanitizeFileName(`rapport.${'x'.repeat(300)}`);
    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name.startsWith('rapport.')).toBe(true);
  });

  it('is stable: a clean name stays as it is', () => {
    for (const raw of ['../../etc/passwd', 'CON.txt', `${'é'.repeat(300)}.odt`, 'rapport.pdf. . ']) {
      const once = sanitizeFileName(raw);
      expect(sanitizeFileName(once)).toBe(once);
    }
  });
});

describe('numberedFileName', () => {
  it('puts the number before the extension', () => {
    expect(numberedFileName('rapport.pdf', 2)).toBe('rapport (2).pdf');
    expect(numberedFileName('notes', 3)).toBe('notes (3)');
    expect(numberedFileName('archive.tar.gz', 2)).toBe('archive.tar (2).gz');
  });

  it('still fits 255 bytes with the number', () => {
    const long = sanitizeFileName(`${'é'.repeat(300)}.xlsx`);
    const numbered = numberedFileName(long, 12);
    expect(bytes(numbered)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(numbered.endsWith(' (12).xlsx')).toBe(true);
  });
});

describe('names of the PDFs Sève writes', () => {
  it('keeps a structure name with a slash whole: "Ain/Rhône" does not cut the pack’s file name', () => {
    expect(sanitizeFileName(packFileName('AI Ain/Rhône', '2026-11-26'))).toBe('Dossier de preuves – AI Ain-Rhône – 2026-11-26.pdf');
    expect(sanitizeFileName(packFileName('..\\..\\Windows', '2026-11-26'))).toBe('Dossier de preuves – ..-..-Windows – 2026-11-26.pdf');
    expect(sanitizeFileName(packFileName(null, '2026-11-26'))).toBe('Dossier de preuves – Sève – 2026-11-26.pdf');
    expect(sanitizeFileName(readSheetFileName('PR/001', '2'))).toBe('Émargement – PR-001 – indice 2.pdf');
  });
});

import { describe, expect, it } from 'vitest';
import {
  GENERIC_MEDIA_TYPE,
  MAX_FILE_BYTES,
  extensionOf,
  isExecutableName,
  isOpenableMediaType,
  mediaTypeOf,
} from '../../../../shared/domain/files';

describe('files domain rules', () => {
  it('limits a file to 100 Mo (binary megabytes)', () => {
    expect(MAX_FILE_BYTES).toBe(104_857_600);
  });

  it.each([
    ['procedure.pdf', 'application/pdf'],
    ['PROCEDURE.PDF', 'application/pdf'],
    ['trame.doc', 'application/msword'],
    ['trame.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['trame.odt', 'application/vnd.oasis.opendocument.text'],
    ['suivi.ods', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['formation.odp', 'application/vnd.oasis.opendocument.presentation'],
    ['suivi.xls', 'application/vnd.ms-excel'],
    ['suivi.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['export.csv', 'text/csv'],
    ['schema.png', 'image/png'],
    ['photo.jpg', 'image/jpeg'],
    ['photo.JPEG', 'image/jpeg'],
    ['anim.gif', 'image/gif'],
    ['photo.webp', 'image/webp'],
    ['notes.txt', 'text/plain'],
    ['page.html', GENERIC_MEDIA_TYPE],
    ['dessin.svg', GENERIC_MEDIA_TYPE],
    ['macro.docm', GENERIC_MEDIA_TYPE],
    ['sans-extension', GENERIC_MEDIA_TYPE],
    ['.pdf', GENERIC_MEDIA_TYPE],
    ['piège.constructor', GENERIC_MEDIA_TYPE],
    ['piège.__proto__', GENERIC_MEDIA_TYPE],
    ['piège.toString', GENERIC_MEDIA_TYPE],
  ])('%s is stored as %s', (name, type) => {
    expect(mediaTypeOf(name)).toBe(type);
  });

  it('reads the last extension only', () => {
    expect(extensionOf('facture.pdf.exe')).toBe('exe');
    expect(extensionOf('rapport.')).toBe('');
    expect(extensionOf('.bashrc')).toBe('');
  });

  it('recognises programs, scripts, shortcuts and disk images, whatever their case', () => {
    for (const name of [
      'setup.exe',
      'SETUP.EXE',
      'run.bat',
      'run.cmd',
      'app.js',
      'tool.ps1',
      'macro.vbs',
      'lien.lnk',
      'site.url',
      'disk.iso',
      'facture.pdf.exe',
      'x.hta',
      'x.jar',
      'x.msi',
      'x.sh',
    ]) {
      expect(isExecutableName(name), name).toBe(true);
    }
    for (const name of ['procedure.pdf', 'exe', 'notes.txt', 'exe.docx', 'script.js.txt']) {
      expect(isExecutableName(name), name).toBe(false);
    }
  });

  it('opens with the system only the recognised kinds', () => {
    expect(isOpenableMediaType('application/pdf')).toBe(true);
    expect(isOpenableMediaType('image/png')).toBe(true);
    expect(isOpenableMediaType(GENERIC_MEDIA_TYPE)).toBe(false);
    expect(isOpenableMediaType('text/html')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  GENERIC_MEDIA_TYPE,
  MAX_FILE_BYTES,
  extensionOf,
  isExecutableName,
  contentMatchesName,
  deliveredMediaType,
  isOpenableName,
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

  // Microsoft's list of file types Outlook blocks (level 1) and the extensions the issue named.
  const outlookLevel1 =
    'ade adp app appcontent-ms application appref-ms asp aspx asx bas bat bgi cab cdxml cer chm cmd cnt com cpl crt csh der diagcab exe fxp gadget grp hlp hpj hta htc inf ins iso isp its jar jnlp js jse ksh lnk mad maf mag mam maq mar mas mat mau mav maw mcf mda mdb mde mdt mdw mdz msc msh msh1 msh2 mshxml msh1xml msh2xml msi msp mst msu ops osd pcd pif pl plg prf prg printerexport ps1 ps1xml ps2 ps2xml psc1 psc2 psd1 psdm1 pst py pyc pyo pyw pyz pyzw reg scf scr sct shb shs theme tmp url vb vbe vbp vbs vhd vhdx vsmacros vsw webpnp website ws wsb wsc wsf wsh xbap xll xnk';
  const named = 'msc jnlp appref-ms website ws xbap diagcab search-ms iqy slk one docm xlsm html svg mht';
  const macroOffice = 'docm dotm xlsm xltm xlam pptm potm ppam ppsm sldm';

  it.each([...new Set(`${outlookLevel1} ${named} ${macroOffice}`.split(' '))])('blocks .%s (upload refused, never opened)', (extension) => {
    expect(isExecutableName(`Procédure accueil.${extension}`)).toBe(true);
    expect(isExecutableName(`Procédure accueil.${extension.toUpperCase()}`)).toBe(true);
    expect(isOpenableName(`Procédure accueil.${extension}`)).toBe(false);
  });

  it('decides what may be opened from the name, never from a stored type', () => {
    expect(isOpenableName('procedure.pdf')).toBe(true);
    expect(isOpenableName('Photo.JPG')).toBe(true);
    expect(isOpenableName('Procédure accueil.pdf ……….exe')).toBe(false);
    expect(isOpenableName('archive.zip')).toBe(false);
    expect(isOpenableName('sans-extension')).toBe(false);
    expect(isOpenableName('piège.constructor')).toBe(false);
  });

  it('checks the first bytes of what it opens against the kind its name announces', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(contentMatchesName('rapport.pdf', bytes('%PDF-1.7\n'))).toBe(true);
    expect(contentMatchesName('rapport.pdf', bytes('MZ\x90\x00'))).toBe(false);
    expect(contentMatchesName('rapport.docx', Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1))).toBe(true);
    expect(contentMatchesName('rapport.doc', Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1))).toBe(false);
    expect(contentMatchesName('photo.png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe(true);
    expect(contentMatchesName('notes.txt', bytes('Relevé du 3 mars\n'))).toBe(true);
    expect(contentMatchesName('notes.txt', bytes('MZ programme'))).toBe(false);
    expect(contentMatchesName('notes.txt', Uint8Array.of(0x41, 0, 0x42))).toBe(false);
    expect(contentMatchesName('setup.exe', bytes('MZ'))).toBe(false);
    expect(deliveredMediaType('rapport.pdf', bytes('%PDF-1.4'))).toBe('application/pdf');
    expect(deliveredMediaType('rapport.pdf', bytes('<html><script>'))).toBe(GENERIC_MEDIA_TYPE);
    expect(deliveredMediaType('page.html', bytes('<html>'))).toBe(GENERIC_MEDIA_TYPE);
  });
});

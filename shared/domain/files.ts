/**
 * Files kept inside the data file: the size limit, the media types Sève recognises, and the
 * extensions it refuses. Pure rules, shared by the backend (which enforces them) and the renderer
 * (which checks a file before reading it into memory).
 */

/** Largest file Sève stores: 100 Mo. A scanned procedure fits; the data file stays easy to copy and back up. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export const FILE_TOO_LARGE_MESSAGE =
  'Ce fichier dépasse la taille maximale de 100 Mo : il n’a pas été enregistré. Réduisez-le (PDF compressé, images moins lourdes) ou découpez-le en plusieurs fichiers.';

export const EXECUTABLE_FILE_MESSAGE =
  'Les programmes, les scripts, les pages web et les documents à macros (.exe, .bat, .js, .html, .docm…) ne sont pas acceptés : ils pourraient s’exécuter à l’ouverture. Joignez plutôt un PDF, un document bureautique sans macros ou une image.';

/** Media types of the kinds of files a quality system holds; anything else is stored as application/octet-stream. */
export const mediaTypesByExtension: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  csv: 'text/csv',
  txt: 'text/plain',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

export const GENERIC_MEDIA_TYPE = 'application/octet-stream';

/**
 * Extensions the operating system (or the application it hands them to) would run rather than
 * show: programs, scripts, installers, shortcuts, disk images (which Windows mounts, bypassing its
 * download warnings), documents that carry macros or queries, and web pages (a browser runs their
 * scripts). Checked against Microsoft's list of file types Outlook blocks (level 1), the types
 * Chromium treats as dangerous downloads, and the macro-enabled Office formats.
 */
const executableExtensions = new Set(
  [
    // Programs, libraries, installers and packages.
    'exe com scr pif cpl dll sys drv ocx msi msp mst msu msix msixbundle appx appxbundle appinstaller',
    'application appref-ms xbap gadget xll wsb diagcab diagcfg diagpkg cab crx',
    // Scripts and their hosts.
    'bat cmd ps1 ps1xml ps2 ps2xml psc1 psc2 psd1 psm1 psdm1 msh msh1 msh2 mshxml msh1xml msh2xml cdxml',
    'vb vbs vbe vbp js jse mjs cjs ws wsf wsh wsc sct shb shs hta htc jar jnlp class',
    'sh bash zsh csh ksh command run desktop app action workflow py pyc pyo pyw pyz pyzw pl rb php',
    'asp aspx asx ade adp bas bgi cnt fxp grp hlp hpj ins isp its mad maf mag mam maq mar mas mat mau mav maw mcf',
    'mda mdb mde mdt mdw mdz msc ops osd pcd plg prf prg printerexport pst scf tmp vsmacros vsw webpnp xnk',
    // Shortcuts, links and system settings that point elsewhere or run something.
    'lnk url website inf reg chm theme themepack rdp library-ms settingcontent-ms search-ms searchconnector-ms appcontent-ms',
    // Certificates (installing one changes whom the computer trusts).
    'cer crt der',
    // Disk images and system packages.
    'apk deb rpm appimage pkg dmg iso img vhd vhdx',
    // Documents with macros or live queries (Office runs them, or asks to).
    'docm dotm xlsm xltm xlam xla xlsb pptm potm ppam ppsm sldm iqy dqy oqy rqy slk one onepkg',
    // Web pages and archives of them, vector images with scripts.
    'html htm xhtml shtml mht mhtml svg svgz xml xsl',
  ]
    .join(' ')
    .split(' '),
);

/** The extension of a file name, lower-cased, without the dot ('' when there is none). */
export const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 || dot === fileName.length - 1 ? '' : fileName.slice(dot + 1).toLowerCase();
};

/** The media type recorded for a file, from its extension (own keys only: `.constructor` is not a type). */
export const mediaTypeOf = (fileName: string): string => {
  const extension = extensionOf(fileName);
  return Object.hasOwn(mediaTypesByExtension, extension) ? (mediaTypesByExtension[extension] ?? GENERIC_MEDIA_TYPE) : GENERIC_MEDIA_TYPE;
};

/** Whether a file would be run by the system instead of shown: such files are refused. */
export const isExecutableName = (fileName: string): boolean => executableExtensions.has(extensionOf(fileName));

/**
 * Whether a file may be handed to the system's application: decided from its (cleaned) name, never
 * from a media type stored beside it, which anyone with a SQLite tool can change. Only the
 * recognised kinds qualify; a program, a script or an unknown kind can only be downloaded.
 */
export const isOpenableName = (fileName: string): boolean => {
  const extension = extensionOf(fileName);
  return Object.hasOwn(mediaTypesByExtension, extension) && !executableExtensions.has(extension);
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));

// First bytes of each recognised kind (what `file` and browsers sniff), by extension.
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const signatures: Readonly<Record<string, (bytes: Uint8Array) => boolean>> = {
  pdf: (bytes) => startsWith(bytes, ascii('%PDF-')),
  png: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]),
  jpeg: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]),
  gif: (bytes) => startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a')),
  webp: (bytes) => startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8),
  docx: (bytes) => startsWith(bytes, ZIP),
  xlsx: (bytes) => startsWith(bytes, ZIP),
  pptx: (bytes) => startsWith(bytes, ZIP),
  odt: (bytes) => startsWith(bytes, ZIP),
  ods: (bytes) => startsWith(bytes, ZIP),
  odp: (bytes) => startsWith(bytes, ZIP),
  doc: (bytes) => startsWith(bytes, OLE),
  xls: (bytes) => startsWith(bytes, OLE),
  ppt: (bytes) => startsWith(bytes, OLE),
};

/** How much of a text file is looked at: enough to tell text from a program, cheap for 100 Mo. */
const TEXT_SNIFF_BYTES = 8192;

/** Plain text has no NUL byte, and a program would start with "MZ" (Windows) or "\x7fELF". */
const looksLikeText = (bytes: Uint8Array): boolean =>
  !startsWith(bytes, ascii('MZ')) && !startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) && !bytes.subarray(0, TEXT_SNIFF_BYTES).includes(0);

/**
 * Whether the first bytes are those of the kind the name announces (a "rapport.pdf" that is a
 * program inside is not opened). Only the kinds Sève opens are checked; the others are never opened.
 */
export const contentMatchesName = (fileName: string, bytes: Uint8Array): boolean => {
  const extension = extensionOf(fileName);
  if (extension === 'txt' || extension === 'csv') return looksLikeText(bytes);
  const matches = Object.hasOwn(signatures, extension) ? signatures[extension] : undefined;
  return matches !== undefined && matches(bytes);
};

/** The media type to deliver a file with: from its name and content, generic when they disagree or the kind is not recognised. */
export const deliveredMediaType = (fileName: string, bytes: Uint8Array): string =>
  isOpenableName(fileName) && contentMatchesName(fileName, bytes) ? mediaTypeOf(fileName) : GENERIC_MEDIA_TYPE;

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
  'Les programmes et les scripts (.exe, .bat, .js, .ps1…) ne sont pas acceptés : ils pourraient s’exécuter à l’ouverture. Joignez plutôt un PDF, un document bureautique ou une image.';

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
 * Extensions the operating system would run rather than show: programs, scripts, installers,
 * shortcuts and disk images (which Windows mounts, bypassing its download warnings).
 */
const executableExtensions = new Set(
  [
    'exe com scr pif cpl dll sys drv ocx msi msp mst msix appx appxbundle',
    'bat cmd ps1 psm1 psd1 vb vbs vbe js jse mjs cjs wsf wsh wsc hta jar',
    'lnk url scf reg inf chm gadget application xll library-ms settingcontent-ms',
    'sh bash zsh csh ksh command run desktop app action workflow py pyw pl rb php',
    'apk deb rpm appimage pkg dmg iso img vhd vhdx',
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

/** Only the recognised kinds are handed to the system's application; others can only be downloaded. */
export const isOpenableMediaType = (mediaType: string): boolean => Object.values(mediaTypesByExtension).includes(mediaType);

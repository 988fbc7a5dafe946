/**
 * File names as Sève stores them: safe to show, to send in a header, and to write into any folder
 * of Windows, macOS or Linux when the file is downloaded or opened.
 */

/** Most file systems allow 255 bytes per name (ext4, APFS); counting UTF-8 bytes fits all of them. */
export const MAX_FILE_NAME_BYTES = 255;

export const FALLBACK_FILE_NAME = 'fichier';

// Control and format characters: NUL and newlines break headers and paths, bidirectional overrides
// (U+202E) disguise "facture\u202Efdp.exe" as "factureexe.pdf". ZWJ and ZWNJ stay: some scripts need them.
const INVISIBLE = /(?![\u200C\u200D])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

// Characters Windows refuses in names (the separators are handled before).
const WINDOWS_FORBIDDEN = /[<>:"|?*]/g;

// Windows reserves these device names, whatever the extension ("CON.txt" cannot be created).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

// Leading dots hide a file on macOS and Linux; trailing dots and spaces are dropped by Windows.
const EDGES = /^[\s.]+|[\s.]+$/gu;
const TRAILING = /[\s.]+$/u;

// An extension is kept whole when truncating: short, letters and digits only.
const EXTENSION = /\.[\p{L}\p{N}]{1,16}$/u;

const graphemes = new Intl.Segmenter('fr', { granularity: 'grapheme' });

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** The longest prefix of `text` within `maxBytes` UTF-8 bytes, never splitting a character or an accented letter. */
const truncateUtf8 = (text: string, maxBytes: number): string => {
  if (utf8Bytes(text) <= maxBytes) return text;
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8Bytes(segment);
    if (used + size > maxBytes) break;
    kept += segment;
    used += size;
  }
  return kept;
};

const splitExtension = (name: string): { stem: string; extension: string } => {
  const match = EXTENSION.exec(name);
  return match && match.index > 0 ? { stem: name.slice(0, match.index), extension: match[0] } : { stem: name, extension: '' };
};

const avoidReserved = (stem: string): string => {
  const device = stem.split('.')[0]?.trimEnd() ?? '';
  return RESERVED.test(device) ? `_${stem}` : stem;
};

/** Joins a stem, an optional suffix and the extension, shortening the stem so the whole fits in 255 bytes. */
const fit = (stem: string, extension: string, suffix = ''): string => {
  const budget = MAX_FILE_NAME_BYTES - utf8Bytes(extension) - utf8Bytes(suffix);
  const kept = truncateUtf8(avoidReserved(stem), budget).replace(TRAILING, '');
  return `${kept === '' ? FALLBACK_FILE_NAME : kept}${suffix}${extension}`;
};

/**
 * Cleans a name received from a user's system: keeps only the last path part (so `../../etc/passwd`
 * is `passwd`), drops invisible characters, replaces characters Windows refuses, renames reserved
 * device names, and fits 255 UTF-8 bytes keeping the extension. An empty result is "fichier".
 */
export const sanitizeFileName = (raw: string): string => {
  const visible = raw.normalize('NFC').replace(INVISIBLE, '');
  const lastPart = visible.split(/[/\\]/).pop() ?? '';
  const cleaned = lastPart.replace(WINDOWS_FORBIDDEN, '_').replace(EDGES, '');
  const { stem, extension } = splitExtension(cleaned);
  return fit(stem, extension);
};

/** The `n`th name for a duplicate: "rapport.pdf" → "rapport (2).pdf", still within 255 bytes. */
export const numberedFileName = (fileName: string, n: number): string => {
  const { stem, extension } = splitExtension(fileName);
  return fit(stem, extension, ` (${n})`);
};

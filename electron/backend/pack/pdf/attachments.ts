import type { PdfKit, PdfRef } from './document';

export type EmbeddedFile = {
  /** Unique among the pack's files: the key of the PDF's EmbeddedFiles name tree. */
  key: string;
  fileName: string;
  description: string;
  mediaType: string;
  addedAt: Date;
  /** The content's length in bytes, written before the content itself. */
  size: number;
  sha256: string;
};

/** A PDF name: characters other than letters, digits and . _ - are written as #xx ("application#2Fpdf"). */
const pdfName = (value: string): string =>
  value.replace(/[^A-Za-z0-9._-]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);

/** The ASCII spelling of a name for the file specification's F entry (UF carries the real one). */
const asciiName = (fileName: string): string =>
  fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_');

const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

/** A PDF date string in UTC, as pdfkit writes a Date: (D:YYYYMMDDHHmmSSZ). */
const pdfDate = (at: Date): string =>
  `(D:${pad(at.getUTCFullYear(), 4)}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z)`;

/**
 * Writes an embedded file stream chunk by chunk straight into the document's output, as pdfkit's
 * own `ref.end()` would but without gathering the content in memory first (pdfkit concatenates a
 * stream's chunks into one more copy before writing it). Its length is known before the first byte.
 */
const writeFileStream = async (doc: PdfKit, ref: PdfRef, file: EmbeddedFile, chunks: AsyncIterable<Uint8Array>): Promise<void> => {
  ref.offset = doc._offset;
  doc._write(`${ref.id} 0 obj`);
  // No MD5 CheckSum (optional in PDF and PDF/A-3): the manifest prints each file's SHA-256.
  doc._write(
    `<<\n/Type /EmbeddedFile\n/Subtype /${pdfName(file.mediaType)}\n/Params <<\n/Size ${file.size}\n/CreationDate ${pdfDate(file.addedAt)}\n/ModDate ${pdfDate(file.addedAt)}\n>>\n/Length ${file.size}\n>>`,
  );
  doc._write('stream');
  let written = 0;
  for await (const chunk of chunks) {
    doc._write(chunk);
    written += chunk.byteLength;
  }
  // The length was written already: a content that changed size would make a broken PDF.
  if (written !== file.size) throw new Error(`Fichier joint de ${file.size} octets lu en ${written} octets`);
  doc._write('\nendstream');
  doc._write('endobj');
  doc._refEnd(ref);
};

/**
 * Embeds files as PDF/A-3 associated files: an embedded file stream (media type, size, dates;
 * stored, not deflated: evidence files are mostly compressed already, and deflating
 * 200 Mo would take seconds) and a file specification with AFRelationship, listed in the catalog's
 * AF array and in the EmbeddedFiles name tree. Identical contents are stored once.
 */
export const createEmbedder = (doc: PdfKit) => {
  const streams = new Map<string, PdfRef>();
  const associated: PdfRef[] = [];
  return {
    /** Whether a content with this SHA-256 is in the PDF already (it is then referenced, not read again). */
    has: (sha256: string): boolean => streams.has(sha256),
    /** Embeds one file; `chunks` is read only when its content is not in the PDF yet. */
    embed: async (file: EmbeddedFile, chunks: () => AsyncIterable<Uint8Array>): Promise<void> => {
      let stream = streams.get(file.sha256);
      if (!stream) {
        stream = doc.ref({});
        await writeFileStream(doc, stream, file, chunks());
        streams.set(file.sha256, stream);
      }
      const spec = doc.ref({
        Type: 'Filespec',
        F: new String(asciiName(file.fileName)),
        UF: new String(file.fileName),
        EF: { F: stream, UF: stream },
        Desc: new String(file.description),
        AFRelationship: 'Supplement',
      });
      spec.end();
      doc.addNamedEmbeddedFile(file.key, spec);
      associated.push(spec);
      doc._root.data.AF = associated;
    },
    count: (): number => associated.length,
  };
};

export type Embedder = ReturnType<typeof createEmbedder>;

import type { PdfKit, PdfRef } from './document';

export type EmbeddedFile = {
  /** Unique among the pack's files: the key of the PDF's EmbeddedFiles name tree. */
  key: string;
  fileName: string;
  description: string;
  mediaType: string;
  addedAt: Date;
  content: Buffer;
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
    embed: (file: EmbeddedFile): void => {
      let stream = streams.get(file.sha256);
      if (!stream) {
        stream = doc.ref({
          Type: 'EmbeddedFile',
          Subtype: pdfName(file.mediaType),
          // No MD5 CheckSum (optional in PDF and PDF/A-3): the manifest prints each file's SHA-256.
          Params: {
            Size: file.content.byteLength,
            CreationDate: file.addedAt,
            ModDate: file.addedAt,
          },
        });
        stream.compress = false;
        stream.end(file.content);
        // Only its number is needed from now on; the bytes are in the output stream.
        stream.data = {};
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

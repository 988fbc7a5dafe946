import PDFDocument from 'pdfkit';
import { faces, type Face, type FontSet } from './fonts';

/**
 * The parts of pdfkit's document Sève relies on beyond its typed API: the object writer (`ref`),
 * raw page content, the current page, the embedded fonts' glyph encoding, the structure tree root,
 * the outline and the catalog. pdfkit's own `text()` lays every call out again with full OpenType
 * shaping and cannot keep a 1,000-page pack within seconds; these stable internals let the pack
 * write pre-measured lines directly.
 */
export type PdfRef = {
  id: number;
  offset: number;
  data: unknown;
  compress: boolean;
  end: (chunk?: Uint8Array) => void;
  toString: () => string;
};
export type PdfFont = { id: string; ref: () => PdfRef; encode: (text: string) => [string[], unknown[]] };
export type PdfPage = {
  dictionary: PdfRef & { data: Record<string, unknown> };
  /** The content stream: its chunks until the page ends, deflated then by pdfkit when `compress` is set. */
  content: PdfRef & { data: Record<string, unknown>; buffer: Uint8Array[]; compress: boolean };
  fonts: Record<string, PdfRef>;
  width: number;
  height: number;
};
export type OutlineItem = { addItem: (title: string, options?: { expanded?: boolean; top?: number; left?: number }) => OutlineItem };
type Replaced = 'page' | 'ref' | 'addContent' | 'getStructTreeRoot' | 'addNamedEmbeddedFile' | 'addNamedDestination' | 'outline';
export type PdfKit = Omit<PDFKit.PDFDocument, Replaced> & {
  page: PdfPage;
  _font: PdfFont;
  _root: { data: Record<string, unknown> };
  subset?: number;
  ref: (data?: unknown) => PdfRef;
  _offset: number;
  _write: (data: string | Uint8Array) => void;
  _refEnd: (ref: PdfRef) => void;
  addContent: (data: string | Uint8Array) => PdfKit;
  getStructTreeRoot: () => PdfRef & {
    data: { ParentTree: { add: (key: number, value: unknown) => void }; ParentTreeNextKey: number; K?: unknown };
  };
  addNamedEmbeddedFile: (name: string, ref: PdfRef) => void;
  addNamedDestination: (name: string, ...args: unknown[]) => void;
  outline: OutlineItem;
};

export type PdfFonts = Record<Face, PdfFont>;

/** PDF/A-3b when files are embedded (ISO 19005-3 allows attachments), PDF/A-2b otherwise. */
export type PdfaPart = 'PDF/A-2b' | 'PDF/A-3b';

export type DocumentMeta = { title: string; subject: string; author: string; keywords: string; createdAt: Date; pdfa: PdfaPart };

// pdfkit copies Info strings into the XMP packet without escaping them: characters XML reserves
// would make the metadata invalid (and the file not PDF/A), so they are spelled out instead.
const xmpSafe = (text: string): string => text.replace(/&/g, ' et ').replace(/</g, '‹').replace(/>/g, '›').replace(/\s+/g, ' ').trim();

export const A4 = { width: 595.28, height: 841.89 };

const CROSS_REFERENCE_PIECE = 1 << 20;
const OUTPUT_PIECE = 64 * 1024;

/**
 * pdfkit pushes every object it writes as a buffer of its own into its readable stream: a structure
 * element, a link or a number is a few dozen bytes, so while the disk catches up the stream held
 * tens of thousands of small buffers (about 30 Mo for 8 Mo of output). What it pushes is gathered
 * into 64 Ko pieces instead; large chunks (an embedded file's pieces) pass as they are, after what
 * was gathered before them. The bytes and their order are the same.
 */
const gatherOutput = (doc: PdfKit): void => {
  const internals = doc as unknown as { push: (chunk: Uint8Array | null) => boolean };
  const push = internals.push;
  let piece = Buffer.allocUnsafeSlow(OUTPUT_PIECE);
  let used = 0;
  const flush = (): void => {
    if (used === 0) return;
    push.call(doc, piece.subarray(0, used));
    piece = Buffer.allocUnsafeSlow(OUTPUT_PIECE);
    used = 0;
  };
  internals.push = (chunk) => {
    if (chunk === null || chunk.byteLength >= OUTPUT_PIECE / 2) {
      flush();
      return push.call(doc, chunk);
    }
    if (used + chunk.byteLength > OUTPUT_PIECE) flush();
    piece.set(chunk, used);
    used += chunk.byteLength;
    return true;
  };
};

/**
 * pdfkit writes its cross-reference table one line at a time, converting each line to bytes
 * character by character: a large pack has half a million objects (one per table cell in the
 * structure tree). The lines are joined into 1 Mo pieces and converted at once instead; the bytes
 * written are the same.
 */
const gatherCrossReference = (doc: PdfKit): void => {
  const internals = doc as unknown as { _finalize: () => void; push: (chunk: Uint8Array | null) => boolean };
  const finalize = internals._finalize;
  internals._finalize = () => {
    const write = doc._write;
    const push = internals.push;
    let lines: string[] = [];
    let length = 0;
    const flush = (): void => {
      if (lines.length === 0) return;
      const piece = Buffer.from(lines.join(''), 'latin1');
      lines = [];
      length = 0;
      write.call(doc, piece);
    };
    doc._write = (data) => {
      if (typeof data !== 'string') {
        flush();
        write.call(doc, data);
        return;
      }
      lines.push(`${data}\n`);
      length += data.length + 1;
      if (length >= CROSS_REFERENCE_PIECE) flush();
    };
    // The trailer's last line is followed by the end of the stream: what was gathered goes first.
    internals.push = (chunk) => {
      if (chunk === null) flush();
      return push.call(doc, chunk);
    };
    try {
      finalize.call(doc);
    } finally {
      doc._write = write;
      internals.push = push;
    }
  };
};

/** A tagged PDF/A document in French with Sève's fonts registered; nothing drawn yet. */
export const createPdfDocument = (fonts: FontSet, meta: DocumentMeta): { doc: PdfKit; pdfFonts: PdfFonts } => {
  const options = {
    autoFirstPage: false,
    // No default font: pdfkit would load Helvetica, which is not embedded (PDF/A forbids it).
    font: null as unknown as string,
    pdfVersion: '1.7',
    subset: meta.pdfa,
    tagged: true,
    lang: 'fr-FR',
    displayTitle: true,
    info: {
      Title: xmpSafe(meta.title),
      Subject: xmpSafe(meta.subject),
      Author: xmpSafe(meta.author),
      Keywords: xmpSafe(meta.keywords),
      Creator: 'Sève',
      CreationDate: meta.createdAt,
    },
  } satisfies PDFKit.PDFDocumentOptions;
  const doc = new PDFDocument(options) as unknown as PdfKit;
  gatherOutput(doc);
  gatherCrossReference(doc);
  const pdfFonts = {} as PdfFonts;
  for (const face of faces) {
    doc.registerFont(face, fonts[face].font as unknown as PDFKit.Mixins.PDFFontSource);
    doc.font(face);
    pdfFonts[face] = doc._font;
  }
  return { doc, pdfFonts };
};

import crypto from 'node:crypto';
import type { Writable } from 'node:stream';
import { deliveredMediaType } from '../../../shared/domain/files';
import { sanitizeFileName } from '../files/names';
import { createEmbedder } from './pdf/attachments';
import { createBuilder, type Builder } from './pdf/builder';
import { createPdfDocument, type DocumentMeta, type PdfaPart } from './pdf/document';
import { loadFonts } from './pdf/fonts';
import { drawFrame, type FrameText } from './pdf/frame';
import { measuringPen, pdfPen } from './pdf/pen';
import { tableOfContents } from './pdf/toc';
import { collectYoung } from './collect';
import { PackCancelled, PackFailure } from './failure';
import type { AttachState, RenderEnv } from './sections/types';

/** What one PDF holds once its data is read: the same plan is laid out twice. */
export type PdfPlan = {
  meta: Omit<DocumentMeta, 'pdfa'>;
  /** Whether files may be embedded (PDF/A-3b); PDF/A-2b otherwise. */
  embeds: boolean;
  frame: Omit<FrameText, 'totalPages'>;
  cover: ((b: Builder) => void) | null;
  toc: boolean;
  bodies: { title: string; render: (b: Builder, env: RenderEnv) => void | Promise<void> }[];
  /** Lets go of what the plan opened besides the worker's connection (the group pack's snapshots). */
  close?: () => void;
};

export type RenderHooks = {
  output: Writable;
  progress: (step: string, fraction: number) => void;
  cancelled: () => boolean;
  /** The stored files' contents, read piece by piece so no file is ever held whole. */
  blobs: BlobReader;
  /** Set when the output stream failed (disk full, device removed): generation stops at the next page. */
  outputError: () => Error | null;
};

/** Reads a stored file's content in pieces (the worker's read-only connection in production). */
export type BlobReader = {
  /** The content's length in bytes, or undefined when its blob is missing. */
  size: (sha256: string) => number | undefined;
  /** `length` bytes from `offset` (0-based). */
  read: (sha256: string, offset: number, length: number) => Buffer;
};

export type RenderResult = { pages: number; embedded: number; missing: number; pdfa: PdfaPart };

// pdfkit pushes whatever is written into its stream at once; past this much unwritten output the
// generation waits for the disk, so memory stays flat whatever the files' size.
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
// An embedded file is read, hashed and written this much at a time: its size never sits in memory
// (files are at most 100 Mo; SQLite itself reads a blob whole for each piece, then frees it).
const BLOB_CHUNK_BYTES = 8 * 1024 * 1024;
// SQLite hands each file's content (or each 8 Mo piece) over as one buffer, whose memory comes back
// only when V8 collects it: while files were embedded, tens of Mo of contents already written waited
// for V8's next collection, and the process kept the memory they had taken. The young generation,
// where those buffers died, is collected each time this much was embedded.
const COLLECT_EVERY_BYTES = 16 * 1024 * 1024;
// How many laid-out pages weigh as much as one embedded megabyte, for the progress bar.
const BYTES_PER_PAGE_UNIT = 200_000;

/**
 * Resolves once the output can take more: when the disk has written what it was given ('drain', and
 * the piped PDF flows again at once), or at the next turn if the output is not waiting on the disk.
 * A failed or closed output resolves too: the caller then stops on its error.
 */
const outputReady = (output: Writable): Promise<void> =>
  new Promise((resolve) => {
    if (!output.writableNeedDrain) {
      setImmediate(resolve);
      return;
    }
    const done = (): void => {
      output.off('drain', done).off('error', done).off('close', done);
      resolve();
    };
    output.on('drain', done).on('error', done).on('close', done);
  });

const stop = (hooks: RenderHooks): void => {
  if (hooks.cancelled()) throw new PackCancelled();
  const error = hooks.outputError();
  if (error) throw error;
};

/**
 * Lays the plan out twice. The first pass measures: it counts pages and notes where each heading
 * falls. The table of contents is then measured, and the second pass draws everything with the
 * final numbers ("page x / y", the contents' page numbers), writing to `hooks.output`.
 */
export const renderPlan = async (plan: PdfPlan, hooks: RenderHooks): Promise<RenderResult> => {
  const fonts = loadFonts();

  // Pass 1: measure.
  let currentStep = '';
  const measure = createBuilder({ fonts, pen: measuringPen(), onPage: () => stop(hooks) });
  const measureEnv: RenderEnv = { attach: async () => 'joint', pause: async () => stop(hooks) };
  plan.cover?.(measure);
  for (const [index, body] of plan.bodies.entries()) {
    currentStep = `Mise en page : ${body.title}`;
    hooks.progress(currentStep, 0.05 + (0.2 * index) / plan.bodies.length);
    await body.render(measure, measureEnv);
  }
  const headings = measure.headings;
  let tocPages = 0;
  if (plan.toc) {
    const tocMeasure = createBuilder({ fonts, pen: measuringPen() });
    // Stands for the cover: the contents start on a page of their own, as in the drawing pass.
    tocMeasure.newPage(false);
    tocMeasure.y = tocMeasure.bottom;
    tableOfContents(tocMeasure, headings, 0);
    tocPages = tocMeasure.page - 1;
  }
  const totalPages = measure.page + tocPages;

  // Pass 2: draw.
  const { doc, pdfFonts } = createPdfDocument(fonts, { ...plan.meta, pdfa: plan.embeds ? 'PDF/A-3b' : 'PDF/A-2b' });
  doc.pipe(hooks.output);
  const pen = pdfPen(doc, pdfFonts);
  const embedder = createEmbedder(doc);
  let missing = 0;
  let embeddedBytes = 0;
  let collectedAt = 0;
  const totalUnits = totalPages + plan.bodies.length;
  const report = (b: Builder): void =>
    hooks.progress(
      currentStep,
      0.25 + 0.73 * Math.min(1, (b.page + embeddedBytes / BYTES_PER_PAGE_UNIT) / (totalUnits + embeddedBytes / BYTES_PER_PAGE_UNIT)),
    );
  const draw: Builder = createBuilder({
    fonts,
    pen,
    frame: (b) => drawFrame(b, { ...plan.frame, totalPages }),
    onPage: () => {
      stop(hooks);
      report(draw);
    },
  });
  // Waits while pdfkit holds more than the bound of unwritten output (the disk is slower).
  const drain = async (): Promise<void> => {
    stop(hooks);
    while (doc.readableLength > MAX_BUFFERED_BYTES) {
      await outputReady(hooks.output);
      stop(hooks);
    }
  };
  const pieces = async function* (sha256: string, size: number, first: Buffer): AsyncGenerator<Buffer> {
    yield first;
    for (let offset = first.byteLength; offset < size; offset += BLOB_CHUNK_BYTES) {
      await drain();
      yield hooks.blobs.read(sha256, offset, Math.min(BLOB_CHUNK_BYTES, size - offset));
    }
  };
  const env: RenderEnv = {
    pause: drain,
    attach: async (file): Promise<AttachState> => {
      // As for opening and downloading: the cleaned name and the type name and bytes agree on, not the stored type.
      const fileName = sanitizeFileName(file.fileName);
      const key = `${String(embedder.count() + 1).padStart(4, '0')} ${fileName}`;
      const size = hooks.blobs.size(file.sha256);
      if (size === undefined) {
        missing += 1;
        return 'manquant';
      }
      const addedAt = new Date(file.addedAt);
      if (embedder.has(file.sha256)) {
        // Identical content already written and checked in this snapshot: only referenced again.
        await embedder.embed({ ...file, fileName, size, key, mediaType: file.mediaType, addedAt }, () =>
          pieces(file.sha256, size, Buffer.alloc(0)),
        );
        return 'joint';
      }
      const first = hooks.blobs.read(file.sha256, 0, Math.min(size, BLOB_CHUNK_BYTES));
      // The whole content is checked against its fingerprint before any of it is written.
      const hash = crypto.createHash('sha256');
      for await (const piece of pieces(file.sha256, size, first)) hash.update(piece);
      if (hash.digest('hex') !== file.sha256) {
        missing += 1;
        return 'altere';
      }
      const mediaType = deliveredMediaType(fileName, first);
      await embedder.embed({ ...file, fileName, size, key, mediaType, addedAt }, () => pieces(file.sha256, size, first));
      embeddedBytes += size;
      if (embeddedBytes - collectedAt >= COLLECT_EVERY_BYTES) {
        collectYoung();
        collectedAt = embeddedBytes;
      }
      report(draw);
      return 'joint';
    },
  };
  pen.open('Document');
  plan.cover?.(draw);
  if (plan.toc) tableOfContents(draw, headings, tocPages);
  for (const body of plan.bodies) {
    currentStep = `Écriture : ${body.title}`;
    report(draw);
    await body.render(draw, env);
  }
  if (draw.page !== totalPages) {
    throw new PackFailure('internal', `La mise en page du dossier a varié entre ses deux passes (${totalPages} puis ${draw.page} pages).`);
  }
  pen.finish();
  hooks.progress('Finalisation du fichier', 0.99);
  const finished = new Promise<void>((resolve, reject) => {
    const failed = hooks.outputError();
    if (failed) reject(failed);
    hooks.output.once('finish', resolve);
    // The French failure the host made of it (disk full, folder gone), else the raw error.
    hooks.output.once('error', (error) => reject(hooks.outputError() ?? error));
  });
  doc.end();
  await finished;
  return { pages: totalPages, embedded: embedder.count(), missing, pdfa: plan.embeds ? 'PDF/A-3b' : 'PDF/A-2b' };
};

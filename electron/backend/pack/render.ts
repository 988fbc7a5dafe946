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
};

export type RenderHooks = {
  output: Writable;
  progress: (step: string, fraction: number) => void;
  cancelled: () => boolean;
  /** The stored bytes of a file, or undefined when its blob is missing. */
  readBlob: (sha256: string) => Buffer | undefined;
  /** Set when the output stream failed (disk full, device removed): generation stops at the next page. */
  outputError: () => Error | null;
};

export type RenderResult = { pages: number; embedded: number; missing: number; pdfa: PdfaPart };

// pdfkit pushes whatever is written into its stream at once; past this much unwritten output the
// generation waits for the disk, so memory stays flat whatever the files' size.
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
// How many laid-out pages weigh as much as one embedded megabyte, for the progress bar.
const BYTES_PER_PAGE_UNIT = 200_000;

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
  const measureEnv: RenderEnv = { attach: () => 'joint', pause: async () => stop(hooks) };
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
  const env: RenderEnv = {
    pause: async () => {
      stop(hooks);
      while (doc.readableLength > MAX_BUFFERED_BYTES) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        stop(hooks);
      }
    },
    attach: (file): AttachState => {
      const content = hooks.readBlob(file.sha256);
      if (content === undefined) {
        missing += 1;
        return 'manquant';
      }
      if (crypto.createHash('sha256').update(content).digest('hex') !== file.sha256) {
        missing += 1;
        return 'altere';
      }
      // As for opening and downloading: the cleaned name and the type name and bytes agree on, not the stored type.
      const fileName = sanitizeFileName(file.fileName);
      embedder.embed({
        ...file,
        fileName,
        mediaType: deliveredMediaType(fileName, content),
        key: `${String(embedder.count() + 1).padStart(4, '0')} ${fileName}`,
        addedAt: new Date(file.addedAt),
        content,
      });
      embeddedBytes += content.byteLength;
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

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBuilder } from '../../../../electron/backend/pack/pdf/builder';
import { createPdfDocument } from '../../../../electron/backend/pack/pdf/document';
import { loadFonts } from '../../../../electron/backend/pack/pdf/fonts';
import { pdfPen } from '../../../../electron/backend/pack/pdf/pen';
import { beginTable } from '../../../../electron/backend/pack/pdf/table';
import { hasTool, qpdfCheck, readPdf } from '../../../helpers/pdf';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-pieces-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/**
 * A table of 1,500 rows is a few thousand small PDF objects (one structure element per cell). The
 * stream is read only once everything is drawn, as when the disk is slower than the layout: what
 * waits in it must be a few large pieces, not one buffer per object, and make the same valid PDF.
 */
const drawTable = async () => {
  const fonts = loadFonts();
  const { doc, pdfFonts } = createPdfDocument(fonts, {
    title: 'Morceaux',
    subject: 'Essai',
    author: 'Sève',
    keywords: '',
    createdAt: new Date(Date.UTC(2026, 10, 26)),
    pdfa: 'PDF/A-2b',
  });
  const pen = pdfPen(doc, pdfFonts);
  const b = createBuilder({ fonts, pen });
  pen.open('Document');
  b.newPage(false);
  const table = beginTable(b, [
    { header: 'Référence', share: 1 },
    { header: 'Intitulé', share: 3 },
  ]);
  for (let row = 1; row <= 1500; row++) table.row([`ACT-${row}`, `Action corrective numéro ${row}, réalisée`]);
  table.end();
  pen.finish();
  const waiting = (doc as unknown as { _readableState: { buffer: { length: number } } })._readableState.buffer.length;
  const waitingBytes = doc.readableLength;
  const file = path.join(folder, 'morceaux.pdf');
  const out = fs.createWriteStream(file);
  const finished = new Promise<void>((resolve) => out.once('finish', resolve));
  doc.pipe(out);
  doc.end();
  await finished;
  return { waiting, waitingBytes, file, pages: b.page };
};

describe('the PDF output, gathered into pieces', () => {
  it('keeps a few 64 Ko pieces waiting instead of one buffer per object, and writes a PDF readers accept', async () => {
    const { waiting, waitingBytes, file, pages } = await drawTable();
    expect(pages).toBeGreaterThan(20);
    expect(waitingBytes).toBeGreaterThan(200_000);
    // pdfkit alone pushed one buffer per object written: tens of thousands here.
    expect(waiting).toBeLessThanOrEqual(Math.ceil(waitingBytes / 32_768) + 2);
    const read = await readPdf(file);
    expect(read.pageCount).toBe(pages);
    expect(read.pages.join('\n')).toContain('ACT-1500');
    if (hasTool('qpdf')) expect(qpdfCheck(file).ok).toBe(true);
  });

  it('deflates each page’s content at zlib’s fastest level (header 78 01), not pdfkit’s default (78 9C)', async () => {
    const { file, pages } = await drawTable();
    const bytes = fs.readFileSync(file).toString('latin1');
    const fastest = bytes.split('stream\n\x78\x01').length - 1;
    expect(fastest).toBe(pages);
  });
});

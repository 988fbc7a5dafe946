import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';
import { chromium } from 'playwright-core';

export type Made = { seconds: number; pages: number; bytes: number };

const FONTS = path.join(__dirname, '..', '..', 'resources', 'fonts');

/** Each page's text of a PDF as pdf.js reads it: what the other writers are given to write. */
export const pagesText = async (pdfPath: string): Promise<string[]> => {
  // pdf.js is an ES module: loaded as one at run time, not bundled into the benchmark.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync(pdfPath)), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    if (number % 50 === 0) await pdf.cleanup();
  }
  await pdf.destroy();
  return pages;
};

/**
 * The same text written with pdfkit's own `text()` (full layout and shaping on each call, no
 * tagging, no PDF/A, no attached files), one page of the pack per page started: what the pack's
 * pre-measured writing is compared with.
 */
export const rawPdfkit = async (pages: string[], outFile: string): Promise<Made> => {
  const start = performance.now();
  const doc = new PDFDocument({ size: 'A4', margin: 48, autoFirstPage: false });
  const out = fs.createWriteStream(outFile);
  doc.pipe(out);
  doc.registerFont('regular', path.join(FONTS, 'NotoSans-Regular.ttf'));
  let count = 0;
  doc.on('pageAdded', () => (count += 1));
  for (const text of pages) {
    doc.addPage();
    doc.font('regular').fontSize(7.5).text(text, { lineGap: 0.5 });
  }
  doc.end();
  await new Promise<void>((resolve) => out.on('finish', () => resolve()));
  return { seconds: (performance.now() - start) / 1000, pages: count, bytes: fs.statSync(outFile).size };
};

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same text printed by Chromium from HTML (what most Electron apps do), one page of the pack per printed page. */
export const chromiumPrint = async (pages: string[], outFile: string): Promise<Made> => {
  const html = `<!doctype html><html lang="fr"><meta charset="utf-8"><style>
    body { font: 7.5pt 'Noto Sans', sans-serif; margin: 0 }
    section { white-space: pre-wrap; break-after: page }
  </style><body>${pages.map((text) => `<section>${escapeHtml(text)}</section>`).join('')}</body></html>`;
  const browser = await chromium.launch({
    executablePath: process.env.SEVE_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const start = performance.now();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      path: outFile,
      format: 'A4',
      margin: { top: '17mm', bottom: '17mm', left: '17mm', right: '17mm' },
    });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return { seconds: (performance.now() - start) / 1000, pages: pageCount, bytes: pdf.byteLength };
  } finally {
    await browser.close();
  }
};

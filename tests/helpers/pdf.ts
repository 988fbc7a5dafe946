import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

type OutlineNode = { title: string; dest: string | unknown[] | null; items: OutlineNode[] };

/** A PDF as a reader sees it, through pdf.js: pages' text, the outline with target pages, the attachments. */
export const readPdf = async (filePath: string) => {
  const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync(filePath)), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  const pageOf = async (dest: OutlineNode['dest']): Promise<number> => {
    const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
    const ref = explicit?.[0];
    return ref && typeof ref === 'object' ? (await pdf.getPageIndex(ref as { num: number; gen: number })) + 1 : -1;
  };
  const outline: { title: string; page: number; level: number }[] = [];
  const walk = async (nodes: OutlineNode[], level: number) => {
    for (const node of nodes) {
      outline.push({ title: node.title, page: await pageOf(node.dest), level });
      await walk(node.items, level + 1);
    }
  };
  await walk(((await pdf.getOutline()) ?? []) as OutlineNode[], 1);
  const attachments = Object.values(
    ((await pdf.getAttachments()) ?? {}) as Record<string, { filename: string; content: Uint8Array; description?: string }>,
  );
  const metadata = await pdf.getMetadata();
  const result = { pageCount: pdf.numPages, pages, outline, attachments, info: metadata.info as Record<string, unknown> };
  await pdf.destroy();
  return result;
};

/** Whether a command-line tool is installed (CI installs qpdf and poppler-utils; a developer may not have them). */
export const hasTool = (name: string): boolean => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;

/** `qpdf --check`: the file's structure, cross-reference table and streams are sound. */
export const qpdfCheck = (filePath: string): { ok: boolean; output: string } => {
  const result = spawnSync('qpdf', ['--check', filePath], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
};

/** `pdffonts`: one row per font used, with whether it is embedded. */
export const pdfFonts = (filePath: string): { name: string; embedded: boolean }[] => {
  const result = spawnSync('pdffonts', [filePath], { encoding: 'utf8' });
  return result.stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type encoding emb sub uni object ID: "emb" is the 4th column from the end but three.
      return { name: columns[0] ?? '', embedded: columns[columns.length - 5] === 'yes' };
    });
};

/** A PDF's pages as one line of text: pdf.js returns French typography's narrow spaces and may split a cell over lines. */
export const flatText = (pages: string[]): string =>
  pages
    .join('\n')
    .replace(/[\u202F\u00A0]/g, ' ')
    .replace(/\s+/g, ' ');

/** A run of text as pdf.js places it: page, left edge and baseline in PDF points (y grows upwards), width. */
export type PlacedText = { page: number; x: number; y: number; width: number; str: string };

/** Every piece of text of a PDF with its place on the page, for checks on the layout (where lines break). */
export const readPlacedText = async (filePath: string): Promise<PlacedText[]> => {
  const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync(filePath)), verbosity: 0, isEvalSupported: false }).promise;
  const placed: PlacedText[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      placed.push({ page: number, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, str: item.str });
    }
  }
  await pdf.destroy();
  return placed;
};

import zlib from 'node:zlib';
import { A4, type OutlineItem, type PdfFonts, type PdfKit } from './document';
import type { Face } from './fonts';
import { createTagWriter, type TagType } from './tags';
import type { Line } from './text';

/** `#1f5f4a`-style colour. */
export type Color = string;

/**
 * Where layout draws. The measuring pen draws nothing (the first pass only counts pages and
 * notes where headings fall); the PDF pen writes to a pdfkit document. Layout code is the same
 * for both, so both passes break pages in the same places.
 */
export type Pen = {
  readonly drawing: boolean;
  readonly page: { width: number; height: number };
  addPage: () => void;
  text: (line: Line, x: number, baseline: number, size: number, color: Color) => void;
  rect: (x: number, y: number, width: number, height: number, fill: Color) => void;
  line: (x1: number, y1: number, x2: number, y2: number, color: Color, width: number) => void;
  /** An SVG path (d3-shape's output) drawn at (x, y). */
  path: (d: string, x: number, y: number, fill: Color) => void;
  open: (type: TagType, options?: { alt?: string }) => void;
  close: () => void;
  artifact: (draw: () => void) => void;
  bookmark: (title: string, level: 1 | 2, y: number) => void;
  destination: (name: string, y: number) => void;
  link: (x: number, y: number, width: number, height: number, destination: string) => void;
  finish: () => void;
};

export const measuringPen = (): Pen => {
  const noop = (): void => undefined;
  return {
    drawing: false,
    page: A4,
    addPage: noop,
    text: noop,
    rect: noop,
    line: noop,
    path: noop,
    open: noop,
    close: noop,
    artifact: (draw) => draw(),
    bookmark: noop,
    destination: noop,
    link: noop,
    finish: noop,
  };
};

const n = (value: number): string => String(Math.round(value * 100) / 100);

const rgb = (color: Color): string => {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((channel) => n(channel / 255)).join(' ');
};

/** Glyph codes per face and character, asked of pdfkit once (it also records the glyph for subsetting and ToUnicode). */
const glyphEncoder = (fonts: PdfFonts) => {
  const cache = new Map<string, string>();
  return (face: Face, text: string, shaped: boolean): string => {
    if (shaped) return fonts[face].encode(text)[0].join('');
    let hex = '';
    for (const character of text) {
      const key = face + character;
      let code = cache.get(key);
      if (code === undefined) {
        code = fonts[face].encode(character)[0].join('');
        cache.set(key, code);
      }
      hex += code;
    }
    return hex;
  };
};

/**
 * Deflates the current page's content at zlib's fastest level once it is drawn: pdfkit deflates
 * each stream at the default level, which took half a second more on a 3,500-page pack for a
 * file a few per cent smaller. pdfkit then writes the stream as it is, with its filter.
 */
const deflatePage = (doc: PdfKit): void => {
  const content = (doc.page as PdfKit['page'] | undefined)?.content;
  if (!content?.compress || content.buffer.length === 0) return;
  content.buffer = [zlib.deflateSync(Buffer.concat(content.buffer), { level: zlib.constants.Z_BEST_SPEED })];
  content.compress = false;
  content.data.Filter = 'FlateDecode';
};

export const pdfPen = (doc: PdfKit, fonts: PdfFonts): Pen => {
  // Page content is gathered here and handed to pdfkit once per page: pdfkit converts every piece
  // it is given to bytes separately, and a page has thousands of pieces.
  let pending: string[] = [];
  const write = (content: string): void => {
    pending.push(content);
  };
  const flush = (): void => {
    if (pending.length === 0) return;
    // Bytes, not a string: pdfkit would convert a string character by character in JavaScript.
    doc.addContent(Buffer.from(`${pending.join('\n')}\n`, 'latin1'));
    pending = [];
  };
  const tags = createTagWriter(doc, write);
  const encode = glyphEncoder(fonts);
  const colors = new Map<Color, string>();
  const fill = (color: Color): string => {
    let value = colors.get(color);
    if (value === undefined) {
      value = rgb(color);
      colors.set(color, value);
    }
    return value;
  };
  let inArtifact = false;
  const content = (): void => {
    if (!inArtifact) tags.mark();
  };
  const outline: OutlineItem[] = [];

  return {
    drawing: true,
    page: A4,
    addPage: () => {
      tags.pageEnding();
      flush();
      deflatePage(doc);
      doc.addPage({ size: [A4.width, A4.height], margin: 0 });
      tags.pageStarted();
    },
    text: (line, x, baseline, size, color) => {
      if (line.runs.length === 0) return;
      content();
      // The page's coordinates run downwards (pdfkit flips them); the text matrix flips glyphs back upright.
      let out = `${fill(color)} rg BT`;
      let cursor = x;
      for (const run of line.runs) {
        const font = fonts[run.face];
        doc.page.fonts[font.id] ??= font.ref();
        out += ` /${font.id} ${n(size)} Tf 1 0 0 -1 ${n(cursor)} ${n(baseline)} Tm <${encode(run.face, run.text, run.shaped)}> Tj`;
        cursor += run.width * size;
      }
      write(`${out} ET`);
    },
    rect: (x, y, width, height, color) => {
      content();
      write(`${fill(color)} rg ${n(x)} ${n(y)} ${n(width)} ${n(height)} re f`);
    },
    line: (x1, y1, x2, y2, color, width) => {
      content();
      write(`${fill(color)} RG ${n(width)} w ${n(x1)} ${n(y1)} m ${n(x2)} ${n(y2)} l S`);
    },
    path: (d, x, y, color) => {
      content();
      flush();
      doc.save().translate(x, y).path(d).fillColor(color).fill().restore();
    },
    open: (type, options) => tags.open(type, options),
    close: () => tags.close(),
    artifact: (draw) => {
      tags.artifact(() => {
        inArtifact = true;
        try {
          draw();
        } finally {
          inArtifact = false;
        }
      });
    },
    bookmark: (title, level, y) => {
      const parent = level === 1 ? doc.outline : (outline[0] ?? doc.outline);
      // pdfkit computes the destination's left as width − left and top as height − top.
      const item = parent.addItem(title, { expanded: true, top: Math.max(0, y - 12), left: A4.width });
      if (level === 1) outline[0] = item;
    },
    destination: (name, y) => doc.addNamedDestination(name, 'XYZ', 0, Math.max(0, y - 12), null),
    link: (x, y, width, height, destination) => {
      doc.goTo(x, y, width, height, destination, { F: 4 } as unknown as PDFKit.Mixins.AnnotationOption);
    },
    finish: () => {
      tags.finish();
      flush();
      deflatePage(doc);
    },
  };
};

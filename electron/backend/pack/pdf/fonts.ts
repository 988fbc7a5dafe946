import * as fontkit from 'fontkit';
import dejaVuSans from '../../../../resources/fonts/DejaVuSans.ttf';
import notoSansBold from '../../../../resources/fonts/NotoSans-Bold.ttf';
import notoSansItalic from '../../../../resources/fonts/NotoSans-Italic.ttf';
import notoSansRegular from '../../../../resources/fonts/NotoSans-Regular.ttf';

/** The styles text is set in; `fallback` is the face used for characters the style's face lacks. */
export type Style = 'regular' | 'bold' | 'italic';
export type Face = Style | 'fallback';
export const faces: readonly Face[] = ['regular', 'bold', 'italic', 'fallback'];

/** What layout needs of one font: coverage and advances in em (cached per code point: measuring is the hot path). */
export type FaceMetrics = {
  font: fontkit.Font;
  /** Ascent and descent in em (descent negative). */
  ascent: number;
  descent: number;
  has: (codePoint: number) => boolean;
  /** Advance of the code point's glyph, in em. */
  advance: (codePoint: number) => number;
  /** Advance of a word laid out with the font's shaping (complex scripts), in em. */
  shapedAdvance: (text: string) => number;
};

export type FontSet = Record<Face, FaceMetrics>;

const openFont = (bytes: Uint8Array): fontkit.Font => {
  const font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!('unitsPerEm' in font)) throw new Error('Police intégrée illisible.');
  return font;
};

const metricsOf = (font: fontkit.Font): FaceMetrics => {
  const scale = 1 / font.unitsPerEm;
  const coverage = new Map<number, boolean>();
  const advances = new Map<number, number>();
  const shaped = new Map<string, number>();
  const has = (codePoint: number): boolean => {
    let known = coverage.get(codePoint);
    if (known === undefined) {
      known = font.hasGlyphForCodePoint(codePoint);
      coverage.set(codePoint, known);
    }
    return known;
  };
  return {
    font,
    ascent: font.ascent * scale,
    descent: font.descent * scale,
    has,
    advance: (codePoint) => {
      let width = advances.get(codePoint);
      if (width === undefined) {
        width = font.glyphForCodePoint(codePoint).advanceWidth * scale;
        advances.set(codePoint, width);
      }
      return width;
    },
    // Glyph advances only (no kerning), as the PDF's width table will place them.
    shapedAdvance: (text) => {
      let width = shaped.get(text);
      if (width === undefined) {
        width = font.layout(text).glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0) * scale;
        if (shaped.size > 10_000) shaped.clear();
        shaped.set(text, width);
      }
      return width;
    },
  };
};

let loaded: FontSet | null = null;

/** The fonts of every Sève PDF, parsed once per thread. */
export const loadFonts = (): FontSet => {
  loaded ??= {
    regular: metricsOf(openFont(notoSansRegular)),
    bold: metricsOf(openFont(notoSansBold)),
    italic: metricsOf(openFont(notoSansItalic)),
    fallback: metricsOf(openFont(dejaVuSans)),
  };
  return loaded;
};

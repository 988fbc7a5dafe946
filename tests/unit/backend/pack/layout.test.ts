import { describe, expect, it } from 'vitest';
import { createBuilder, type Builder } from '../../../../electron/backend/pack/pdf/builder';
import { loadFonts } from '../../../../electron/backend/pack/pdf/fonts';
import { measuringPen, type Pen } from '../../../../electron/backend/pack/pdf/pen';
import { beginTable } from '../../../../electron/backend/pack/pdf/table';
import { tableOfContents } from '../../../../electron/backend/pack/pdf/toc';
import { fileSize } from '../../../../electron/backend/pack/pdf/typography';

type Drawn = { page: number; y: number; text: string; artifact: boolean };

/** A pen that keeps what would be printed, page by page: layout is tested without parsing a PDF. */
const recordingPen = () => {
  const drawn: Drawn[] = [];
  let page = 0;
  let artifact = false;
  const pen: Pen = {
    ...measuringPen(),
    drawing: true,
    addPage: () => {
      page += 1;
    },
    text: (line, _x, baseline) => drawn.push({ page, y: baseline, text: line.runs.map((run) => run.text).join(''), artifact }),
    artifact: (draw) => {
      artifact = true;
      draw();
      artifact = false;
    },
  };
  return { pen, drawn };
};

const fonts = loadFonts();

const tableOf = (b: Builder, rows: string[][]) => {
  const table = beginTable(b, [
    { header: 'Référence', share: 1 },
    { header: 'Titre', share: 3 },
  ]);
  for (const row of rows) table.row(row);
  table.end();
};

describe('page layout', () => {
  it('breaks a long table across pages, repeating its header at the top of each page', () => {
    const { pen, drawn } = recordingPen();
    const b = createBuilder({ fonts, pen });
    b.newPage();
    const rows = Array.from({ length: 300 }, (_, index) => [`PR-${String(index + 1).padStart(3, '0')}`, `Procédure n° ${index + 1}`]);
    tableOf(b, rows);
    expect(b.page).toBeGreaterThan(3);
    for (let page = 1; page <= b.page; page++) {
      const first = drawn.filter((item) => item.page === page).sort((a, z) => a.y - z.y)[0];
      expect(first?.text, `page ${page}`).toBe('Référence');
    }
    // Every row printed exactly once, in order.
    const references = drawn.filter((item) => item.text.startsWith('PR-')).map((item) => item.text);
    expect(references).toEqual(rows.map((row) => row[0]));
    for (const item of drawn) expect(item.y).toBeLessThan(pen.page.height - 60);
  });

  it('sets a word wider than its column smaller rather than cutting it, and keeps a number with its unit', () => {
    const { pen, drawn } = recordingPen();
    const sizes: number[] = [];
    const sized: Pen = { ...pen, text: (line, x, baseline, size, color) => (sizes.push(size), pen.text(line, x, baseline, size, color)) };
    const b = createBuilder({ fonts, pen: sized });
    b.newPage();
    const table = beginTable(b, [
      { header: 'Processus', share: 72 },
      { header: 'Taille', share: 44, prose: false },
      { header: 'Description', share: b.width - 116 },
    ]);
    table.row(['Accompagnement socioprofessionnel', fileSize(615), 'Une ligne ordinaire.']);
    table.end();
    const cells = drawn.filter((item) => !['Processus', 'Taille', 'Description', 'Une ligne ordinaire.'].includes(item.text));
    // Each word on a line of its own, whole: the narrow columns break between words only.
    expect(cells.map((item) => item.text)).toEqual(['Accompagnement', 'socioprofessionnel', fileSize(615)]);
    expect(Math.min(...sizes)).toBeLessThan(7.8);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(6);
  });

  it('cuts a row taller than a page between its lines, losing none', () => {
    const { pen, drawn } = recordingPen();
    const b = createBuilder({ fonts, pen });
    b.newPage();
    const long = Array.from({ length: 220 }, (_, index) => `ligne ${index + 1}`).join('\n');
    tableOf(b, [
      ['PR-001', long],
      ['PR-002', 'après'],
    ]);
    expect(b.page).toBeGreaterThan(1);
    const lines = drawn.filter((item) => item.text.startsWith('ligne ')).map((item) => item.text);
    expect(lines).toEqual(Array.from({ length: 220 }, (_, index) => `ligne ${index + 1}`));
    expect(drawn.some((item) => item.text === 'après')).toBe(true);
  });

  it('moves a table’s header to the next page with its first row, never leaving it alone at the foot of a page', () => {
    const { pen, drawn } = recordingPen();
    const b = createBuilder({ fonts, pen });
    b.newPage();
    // Room for the header and two lines, not for the 12-line first row.
    b.y = b.bottom - 40;
    tableOf(b, [['PR-001', Array.from({ length: 12 }, (_, index) => `ligne ${index + 1}`).join('\n')]]);
    const headers = drawn.filter((item) => item.text === 'Référence');
    expect(headers.map((item) => item.page)).toEqual([2]);
    expect(drawn.find((item) => item.text === 'ligne 1')?.page).toBe(2);
  });

  it('keeps a table’s caption with its header and first row', () => {
    const { pen, drawn } = recordingPen();
    const b = createBuilder({ fonts, pen });
    b.newPage();
    b.y = b.bottom - 60;
    const table = beginTable(b, [{ header: 'Action', share: 1 }], { caption: { title: 'Actions', note: 'Au 26/11/2026.' } });
    table.row([Array.from({ length: 8 }, (_, index) => `ligne ${index + 1}`).join('\n')]);
    table.end();
    expect(['Actions', 'Au 26/11/2026.', 'Action', 'ligne 1'].map((text) => drawn.find((item) => item.text === text)?.page)).toEqual([
      2, 2, 2, 2,
    ]);
  });

  it('measures and draws the same pages: the two passes agree', () => {
    const run = (pen: Pen) => {
      const b = createBuilder({ fonts, pen });
      b.newPage();
      b.heading(1, 'Registre des documents en vigueur', 'documents');
      tableOf(
        b,
        Array.from({ length: 120 }, (_, index) => [
          `PR-${index}`,
          'Procédure d’accueil des salariés en insertion '.repeat(1 + (index % 4)),
        ]),
      );
      b.heading(1, 'Journal des revues documentaires', 'reviews');
      b.paragraph('Revues périodiques des documents du périmètre.');
      return b;
    };
    const measured = run(measuringPen());
    const drawn = run(recordingPen().pen);
    expect(drawn.page).toBe(measured.page);
    expect(drawn.headings).toEqual(measured.headings);
  });

  it('prints in the table of contents the page where each heading starts', () => {
    const { pen, drawn } = recordingPen();
    const b = createBuilder({ fonts, pen });
    b.newPage();
    b.y = b.bottom;
    const headings = [
      { id: 'summary', title: 'Synthèse', level: 1 as const, page: 2 },
      { id: 'documents', title: 'Registre des documents en vigueur', level: 1 as const, page: 5 },
    ];
    tableOfContents(b, headings, 1);
    const texts = drawn.filter((item) => !item.artifact).map((item) => item.text);
    expect(texts).toEqual(['Sommaire', 'Synthèse', '3', 'Registre des documents en vigueur', '6']);
  });
});

import { strToU8, zipSync } from 'fflate';

/** The satisfaction questionnaire the tests use: two scales of 1 to 4 and a yes/no that count, and a free question. */
export const QUESTIONS = [
  { text: 'Êtes-vous satisfait de l’accueil ?', kind: 'echelle', scaleMax: 4, satisfaction: true },
  { text: 'Êtes-vous satisfait de l’accompagnement ?', kind: 'echelle', scaleMax: 4, satisfaction: true },
  { text: 'Recommanderiez-vous la structure ?', kind: 'oui_non', scaleMax: null, satisfaction: true },
  { text: 'Une remarque ?', kind: 'texte', scaleMax: null, satisfaction: false },
] as const;

/**
 * A form tool's export, as Google Forms writes it (comma, quoted headers, a timestamp column and an
 * e-mail column Sève must not import): `good` valid lines from `day`, then two bad ones, line 5
 * (a 6 on a scale of 4) and line 9 (neither yes nor no).
 */
export const answersCsv = (good: number, day: string): string => {
  const [y, m, d] = day.split('-');
  const header = ['Horodateur', 'Adresse e-mail', ...QUESTIONS.map((q) => q.text)];
  const lines: string[][] = [];
  for (let i = 0; i < good; i++) {
    const satisfied = i % 5 !== 0;
    lines.push([
      `${d}/${m}/${y} 10:${String(i % 60).padStart(2, '0')}:00`,
      `personne${i}@exemple.fr`,
      satisfied ? '4' : '2',
      satisfied ? '3' : '1',
      satisfied ? 'Oui' : 'Non',
      i === 0 ? 'Très bon accueil, merci' : '',
    ]);
  }
  lines.splice(3, 0, [`${d}/${m}/${y} 11:00:00`, 'x@exemple.fr', '6', '3', 'Oui', '']);
  lines.splice(7, 0, [`${d}/${m}/${y} 11:05:00`, 'y@exemple.fr', '3', '3', 'Peut-être', '']);
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  return `${[header, ...lines].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (index: number) => String.fromCharCode(65 + index);

/** A minimal .xlsx workbook (one sheet, inline strings and numbers), as a spreadsheet saves it. */
export const xlsxOf = (rows: readonly (readonly (string | number)[])[]): Uint8Array => {
  const sheetRows = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((cell, c) =>
            typeof cell === 'number'
              ? `<c r="${column(c)}${r + 1}"><v>${cell}</v></c>`
              : `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t>${escape(cell)}</t></is></c>`,
          )
          .join('')}</row>`,
    )
    .join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Réponses" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
    ),
  });
};

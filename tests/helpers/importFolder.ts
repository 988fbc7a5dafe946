import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The first bytes of each kind, so that a made-up file passes Sève's check of what it is. */
const heads: Record<string, Buffer> = {
  pdf: Buffer.from('%PDF-1.7\n'),
  docx: Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  odt: Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  xlsx: Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  ods: Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
};

const names = [
  ['Accueil et recrutement', 'Procédure accueil des salariés', 'pdf'],
  ['Accueil et recrutement', 'Fiche de liaison prescripteur', 'docx'],
  ['Accueil et recrutement', 'Compte rendu entretien collectif', 'odt'],
  ['Mise à disposition', 'Mode opératoire contrat de mise à disposition', 'docx'],
  ['Mise à disposition', 'Registre des missions', 'xlsx'],
  ['Mise à disposition', 'Photo chantier', 'jpg'],
  ['Pilotage', 'Politique qualité', 'pdf'],
  ['Pilotage', 'Manuel qualité', 'odt'],
  ['Pilotage', 'Tableau de bord', 'ods'],
  ['', 'Organigramme', 'png'],
] as const;

export type MadeFolder = { folder: string; files: string[]; duplicates: string[]; unreadable: string[] };

/**
 * A folder like a quality lead's: PDF, Word, OpenDocument, spreadsheets and images in sub-folders
 * named after processes, `count` files in all, of which `duplicates` repeat an earlier file's bytes
 * and `unreadable` are named .pdf without being PDFs. Each other file has random bytes of `size`.
 */
export const makeDocumentsFolder = (
  root: string,
  options: { count: number; duplicates: number; unreadable: number; size: number },
): MadeFolder => {
  const folder = path.join(root, 'Qualité');
  const files: string[] = [];
  const contents: Buffer[] = [];
  const duplicates: string[] = [];
  const unreadable: string[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const [sub, title, extension] = names[index % names.length] ?? names[0];
    const relativePath = path.posix.join(sub, `${title} ${String(index + 1).padStart(3, '0')}.${extension}`);
    const target = path.join(folder, ...relativePath.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    let bytes: Buffer;
    if (index >= options.count - options.unreadable) {
      const broken = relativePath.replace(/\.[a-z]+$/, '.pdf');
      fs.writeFileSync(path.join(folder, ...broken.split('/')), 'Ce fichier a été enregistré sous un mauvais nom.');
      unreadable.push(broken);
      files.push(broken);
      continue;
    } else if (index >= options.count - options.unreadable - options.duplicates) {
      // A copy saved under another name, in another folder: the same bytes as an earlier file.
      const original = files[duplicates.length] ?? '';
      const copy = `Copies/${path.posix.basename(original).replace(/(\.[a-z]+)$/, ' - copie$1')}`;
      const copyTarget = path.join(folder, ...copy.split('/'));
      fs.mkdirSync(path.dirname(copyTarget), { recursive: true });
      fs.writeFileSync(copyTarget, contents[duplicates.length] ?? Buffer.alloc(1));
      duplicates.push(copy);
      files.push(copy);
      continue;
    } else {
      bytes = Buffer.concat([heads[extension] ?? Buffer.alloc(0), crypto.randomBytes(Math.max(1, options.size - 16))]);
    }
    fs.writeFileSync(target, bytes);
    contents.push(bytes);
    files.push(relativePath);
  }
  return { folder, files, duplicates, unreadable };
};

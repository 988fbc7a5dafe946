import { describe, expect, it } from 'vitest';
import { guessDocumentType, guessProcess, isSystemFile, looksLike, titleFromFileName } from '../../../../shared/domain/import';

describe('what Sève proposes for a file it imports', () => {
  it('reads the type from the file name, else from its folders, nearest first', () => {
    expect(guessDocumentType('Qualité/PROCÉDURE_Accueil.docx')).toBe('procedure');
    expect(guessDocumentType('Procédures/Modes opératoires/Nettoyage des outils.pdf')).toBe('mode_operatoire');
    expect(guessDocumentType('Modèles/Fiche-navette.odt')).toBe('formulaire');
    expect(guessDocumentType('2025/CR comité de pilotage.pdf')).toBe('enregistrement');
    expect(guessDocumentType('Politique qualité 2026.pdf')).toBe('politique');
    expect(guessDocumentType('Divers/Plan d’accès.png')).toBe('autre');
    // A word inside another is not a match: "approche" holds no "pr".
    expect(guessDocumentType('Approche client.pdf')).toBe('autre');
  });

  it('makes a title of the name: no extension, no underscores, a capital first letter', () => {
    expect(titleFromFileName('fiche_navette_chantier.pdf')).toBe('Fiche navette chantier');
    expect(titleFromFileName('PR-03 - accueil des salariés.docx')).toBe('PR-03 – accueil des salariés');
    expect(titleFromFileName('.pdf')).toBe('.pdf');
  });

  it('finds the process a folder or name is about, accents and case aside, the longest name first', () => {
    const processes = [
      { id: 1, name: 'Accueil' },
      { id: 2, name: 'Accueil et recrutement' },
      { id: 3, name: 'Relations clients' },
    ];
    expect(guessProcess('ACCUEIL ET RECRUTEMENT/Livret.pdf', processes)).toBe(2);
    expect(guessProcess('Relations_clients/Enquête.xlsx', processes)).toBe(3);
    expect(guessProcess('Pilotage/Revue.pdf', processes)).toBeNull();
  });

  it('checks that a file is what its name says, and skips what systems leave behind', () => {
    expect(looksLike('a.pdf', new TextEncoder().encode('%PDF-1.7\n'))).toBe(true);
    expect(looksLike('a.pdf', new TextEncoder().encode('Bonjour'))).toBe(false);
    expect(looksLike('a.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe(true);
    expect(looksLike('a.doc', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe(false);
    expect(looksLike('a.txt', new TextEncoder().encode('texte'))).toBe(false);
    expect(['Thumbs.db', 'desktop.ini', '~$rapport.docx', '.DS_Store'].every(isSystemFile)).toBe(true);
    expect(isSystemFile('rapport.docx')).toBe(false);
  });
});

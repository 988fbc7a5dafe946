import { describe, expect, it } from 'vitest';
import { offersOpen } from '../../../renderer/src/features/files/openable';

describe('the "Ouvrir" button of an attachment', () => {
  it('is offered from the name only: never for a program whose stored type says PDF', () => {
    expect(offersOpen({ fileName: 'Procédure achats.pdf' }, true)).toBe(true);
    // What files.list sends for a row crafted with another SQLite tool (its media_type said application/pdf).
    const crafted = { fileName: 'Procédure accueil.pdf ……….exe', mediaType: 'application/pdf' };
    expect(offersOpen(crafted, true)).toBe(false);
    for (const fileName of ['Tableau de bord.xlsm', 'page.html', 'dessin.svg', 'archive.mht', 'lien.website', 'requete.iqy', 'notes.one'])
      expect(offersOpen({ fileName }, true), fileName).toBe(false);
  });

  it('is never offered where the host cannot open files (browser mode)', () => {
    expect(offersOpen({ fileName: 'Procédure achats.pdf' }, false)).toBe(false);
  });
});

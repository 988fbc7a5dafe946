import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenHelp } from '../../../renderer/src/app/screens';
import { foldForSearch, sectionsOf, slugOf } from '../../../renderer/src/features/help/slug';

const guide = fs.readFileSync(path.resolve(import.meta.dirname, '../../../docs/USER-GUIDE.md'), 'utf8');
const sections = sectionsOf(guide);

describe('the user guide inside Sève', () => {
  it('has a section for every screen, which the screen’s "?" opens', () => {
    const slugs = new Set(sections.map((section) => section.slug));
    const missing = Object.entries(screenHelp).filter(([, slug]) => !slugs.has(slug));
    expect(missing, `screens whose section is not in docs/USER-GUIDE.md: ${JSON.stringify(missing)}`).toEqual([]);
  });

  it('names every screen of the router (the router takes its paths from the same table)', () => {
    const router = fs.readFileSync(path.resolve(import.meta.dirname, '../../../renderer/src/app/router.tsx'), 'utf8');
    const routed = [...router.matchAll(/screen\('([^']+)'/g)].map((match) => match[1]);
    expect(routed.sort()).toEqual(Object.keys(screenHelp).sort());
    // Any other route but the index redirect and "not found" would bypass the table.
    expect([...router.matchAll(/path: '([^']+)'/g)].map((match) => match[1])).toEqual(['/', '*']);
  });

  it('links only to its own sections, and shows only screenshots that exist', () => {
    const slugs = new Set(sections.map((section) => section.slug));
    for (const [, anchor] of guide.matchAll(/\]\(#([^)]+)\)/g)) expect(slugs.has(anchor ?? ''), anchor).toBe(true);
    for (const [, image] of guide.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g))
      expect(fs.existsSync(path.resolve(import.meta.dirname, '../../../docs', image ?? '')), image).toBe(true);
  });

  it('makes anchors and search words without accents or case', () => {
    expect(slugOf('Plan d’actions')).toBe('plan-d-actions');
    expect(slugOf('Dossier de preuves (PDF pour l’auditeur)')).toBe('dossier-de-preuves-pdf-pour-l-auditeur');
    expect(foldForSearch('Réclamations À faire')).toBe('reclamations a faire');
  });
});

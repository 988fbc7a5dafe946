import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Readiness } from '../../../shared/schemas/readiness';
import { expectOk, type TestBackend } from '../../helpers/backend';
import { watchItemFields } from '../../helpers/context';
import { openPackBackend } from '../../helpers/packBackend';
import { makeReady, READY_ON, type Planted } from '../../helpers/readinessFixture';
import { asPrinted, foundAsPlanted, itemsOf, pdfText, sortedPlants } from '../../helpers/readinessResults';
import { buildYearFile } from '../../helpers/yearFixture';

/** The 2025 review, held complete in November 2025: thirteen months before the day checked, and nothing since. */
const LATE_REVIEW = {
  heldOn: '2025-11-18',
  periodStart: '2024-11-01',
  periodEnd: '2025-10-31',
  contextChanges: 'Nouvel appel à projets du Département.',
  resources: 'Effectif permanent stable.',
  risksOpportunities: 'Dépendance à deux gros clients : prospection à engager.',
  externalProviders: 'Organismes de formation évalués : satisfaisants.',
};

/**
 * The second planted scenario: the same realistic year under a Qualiopi certificate, whose rules
 * add the regulatory watch of indicator 23. Its planted twin shows what the first scenario cannot
 * hold beside the review of 20 November 2026: no management review in the twelve months (the last
 * one held in November 2025, complete), and a regulatory watch last fed in June.
 */
describe(
  '« Prêt pour l’audit ? » on the same year under Qualiopi, ready and with its review and watch gone quiet',
  { timeout: 180_000 },
  () => {
    let clean: TestBackend;
    let planted: TestBackend;
    let expected: Planted[];

    beforeAll(async () => {
      clean = await openPackBackend();
      await makeReady(clean, await buildYearFile(clean, { scheme: 'Qualiopi' }));
      planted = await openPackBackend();
      const year = await buildYearFile(planted, { scheme: 'Qualiopi', review: LATE_REVIEW });
      await makeReady(planted, year, ['review', 'watch']);
      await expectOk(planted.api, 'watch.create', watchItemFields({ noticedOn: '2026-06-15', title: 'Arrêté sur le bilan pédagogique' }));
      expected = [
        { ruleId: 'review-missing', requirement: '9.3', link: '/revues-de-direction' },
        { ruleId: 'regulatory-watch-quiet', requirement: '4.1', link: '/veille' },
      ];
    });
    afterAll(() => {
      clean?.close();
      planted?.close();
    });

    it('finds nothing in the ready file, its watch fed in October', async () => {
      const readiness = await expectOk<Readiness>(clean.api, 'readiness.check', { date: READY_ON });
      expect(itemsOf(readiness).map((item) => `${item.ruleId} ${item.what}`)).toEqual([]);
    });

    it('lists exactly the review missing for twelve months and the quiet watch, under their requirement with their button', async () => {
      const readiness = await expectOk<Readiness>(planted.api, 'readiness.check', { date: READY_ON });
      expect(foundAsPlanted(readiness)).toEqual(sortedPlants(expected));
      expect(itemsOf(readiness).find((item) => item.ruleId === 'regulatory-watch-quiet')?.what).toContain('relevée le 15 juin 2026');
      expect(readiness.figure).toEqual({ majeure: 1, mineure: 1, sensible: 0 });
    });

    it('prints the same items in the PDF', async () => {
      const readiness = await expectOk<Readiness>(planted.api, 'readiness.check', { date: READY_ON });
      const { jobId } = await expectOk<{ jobId: string }>(planted.api, 'readiness.startPdf', { date: READY_ON });
      const text = await pdfText(planted, jobId);
      for (const item of itemsOf(readiness)) expect(text, item.ruleId).toContain(asPrinted(item.what));
    });
  },
);

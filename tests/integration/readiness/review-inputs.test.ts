import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManagementReview } from '../../../shared/schemas/management-review';
import type { Criterion } from '../../../shared/schemas/providers';
import type { Readiness } from '../../../shared/schemas/readiness';
import { expectOk, openTestBackend, type TestBackend } from '../../helpers/backend';

/** What « Prêt pour l’audit ? » says is missing from the last review held by `date`, or null. */
const missingOn = async (backend: TestBackend, date: string) => {
  const readiness = await expectOk<Readiness>(backend.api, 'readiness.check', { date });
  const items = readiness.groups.flatMap((group) => group.items).filter((item) => item.ruleId === 'review-inputs-missing');
  expect(items.length).toBeLessThanOrEqual(1);
  return items[0]?.what ?? null;
};

// The backend's clock says Thursday 26 November 2026.
describe('« Prêt pour l’audit ? »: an input of § 9.3.2 is missing only when neither a comment nor the file supplied it', () => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await openTestBackend();
    const { api } = backend;
    const amelie = await expectOk<{ id: number }>(api, 'people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' });
    // 2026 holds a training done in June and a provider evaluated in June; 2025 holds neither.
    const competence = await expectOk<{ id: number }>(api, 'competences.create', {
      name: 'Sauveteur secouriste du travail',
      kind: 'habilitation',
    });
    await expectOk(api, 'competences.createTraining', {
      personId: amelie.id,
      competenceId: competence.id,
      title: 'SST initial',
      providerId: null,
      status: 'realisee',
      plannedOn: null,
      doneOn: '2026-06-01',
      expiresOn: '2028-06-01',
      evaluationDue: null,
    });
    const provider = await expectOk<{ id: number }>(api, 'providers.create', {
      name: 'Cap Formation',
      kind: 'organisme_formation',
      supplies: 'Formations SST.',
      processId: null,
      since: '2025-01-15',
      evaluationMonths: 12,
      active: true,
    });
    const criteria = await expectOk<Criterion[]>(api, 'providers.criteria', {});
    await expectOk(api, 'providers.evaluate', {
      providerId: provider.id,
      evaluatedOn: '2026-06-15',
      evaluatedById: amelie.id,
      scores: criteria.map((criterion) => ({ criterionId: criterion.id, score: 3 })),
      comment: null,
    });
    // Two reviews held without a comment on any input: the 2025 one in March 2026, the 2026 one in November.
    for (const [heldOn, periodStart, periodEnd] of [
      ['2026-03-10', '2025-01-01', '2025-12-31'],
      ['2026-11-20', '2026-01-01', '2026-10-31'],
    ]) {
      const review = await expectOk<ManagementReview>(api, 'managementReview.create', {
        heldOn,
        periodStart,
        periodEnd,
        participantIds: [amelie.id],
        otherParticipants: null,
        contextChanges: null,
        resources: null,
        risksOpportunities: null,
        externalProviders: null,
        conclusion: null,
      });
      await expectOk(api, 'managementReview.hold', { id: review.id, revision: review.revision });
    }
  });
  afterAll(() => backend?.close());

  it('flags resources and providers when the review’s period held no training and no evaluation', async () => {
    const what = await missingOn(backend, '2026-04-01');
    expect(what).toContain('l’adéquation des ressources (d)');
    expect(what).toContain('la performance des prestataires externes (c 7)');
    expect(what).toContain('l’efficacité des actions face aux risques et opportunités (e)');
    // The context's changes are read from the file for every review since schema 16.
    expect(what).not.toContain('les modifications des enjeux (b)');
  });

  it('counts the training and the provider evaluation the review read from the file, comment or not', async () => {
    const what = await missingOn(backend, '2026-11-26');
    expect(what).toContain('l’efficacité des actions face aux risques et opportunités (e)');
    expect(what).not.toContain('ressources');
    expect(what).not.toContain('prestataires');
  });
});

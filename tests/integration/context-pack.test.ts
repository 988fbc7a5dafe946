import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action } from '../../shared/schemas/actions';
import type { Agenda } from '../../shared/schemas/agenda';
import type { Issue } from '../../shared/schemas/issues';
import type { ManagementReview, ReviewInputs } from '../../shared/schemas/management-review';
import type { Party } from '../../shared/schemas/parties';
import type { Referential } from '../../shared/schemas/referentials';
import type { Risk } from '../../shared/schemas/risks';
import type { WatchItem, WatchSource } from '../../shared/schemas/watch';
import { expectOk, type TestBackend } from '../helpers/backend';
import { issueFields, partyFields, riskFields, sourceFields, watchItemFields } from '../helpers/context';
import { openPackBackend, waitForJob } from '../helpers/packBackend';
import { flatText, hasTool, qpdfCheck, readPdf } from '../helpers/pdf';

/** Runs a PDF job to its end and reads it back. */
const pdfText = async (backend: TestBackend, jobId: string, name: string) => {
  const job = await waitForJob(backend, jobId);
  if (job.state !== 'done') throw new Error(JSON.stringify(job));
  const download = await backend.api.invoke('pack.download', { jobId });
  if (!download.ok) throw new Error(JSON.stringify(download.error));
  const pdfPath = path.join(backend.dir, name);
  fs.writeFileSync(pdfPath, (download.value as { content: Uint8Array }).content);
  const pdf = await readPdf(pdfPath);
  return { pdf, pdfPath, text: flatText(pdf.pages) };
};

describe('the context registers in À faire, the management review and the evidence pack', { timeout: 60_000 }, () => {
  let backend: TestBackend;
  let risk: Risk;
  let review: ManagementReview;

  beforeAll(async () => {
    backend = await openPackBackend();
    const api = backend.api;
    const director = (await expectOk<{ id: number }>(api, 'people.create', { name: 'Claire Martin', jobTitle: 'Directrice' })).id;
    const issue = await expectOk<Issue>(api, 'issues.create', issueFields());
    // Due for review before today: À faire shows it late.
    await expectOk<Issue>(
      api,
      'issues.create',
      issueFields({ title: 'Savoir-faire des encadrants', nature: 'interne', effect: 'favorable', heading: null, reviewDue: '2026-11-20' }),
    );
    await expectOk<Party>(api, 'parties.create', partyFields({ reviewDue: '2026-12-10' }));
    await expectOk(api, 'issues.answerClimate', {
      answeredOn: '2026-09-14',
      relevant: true,
      justification: 'Les chantiers subissent les canicules.',
    });
    risk = await expectOk<Risk>(api, 'risks.create', {
      fields: riskFields(director, { origin: 'enjeu', originId: issue.id, originNote: null }),
      evaluation: { likelihood: 3, impact: 4 },
    });
    risk = await expectOk<Risk>(api, 'risks.treat', {
      id: risk.id,
      revision: risk.revision,
      fields: { treatment: 'reduire', treatmentNote: 'Diversifier les clients.', decidedOn: '2026-02-10', reevaluationDue: '2026-12-01' },
      action: {
        type: 'preventive',
        description: 'Répondre à deux appels d’offres publics.',
        ownerId: director,
        processId: null,
        dueDate: '2026-06-30',
        evidenceNotes: null,
      },
    });
    const action = await expectOk<Action>(api, 'actions.get', { id: risk.actions[0]?.id });
    await expectOk(api, 'actions.move', {
      id: action.id,
      revision: action.revision,
      step: { move: 'complete', doneOn: '2026-06-20', evidenceNotes: null },
    });
    risk = await expectOk<Risk>(api, 'risks.get', { id: risk.id });
    risk = await expectOk<Risk>(api, 'risks.reevaluate', {
      id: risk.id,
      revision: risk.revision,
      fields: {
        evaluatedOn: '2026-07-10',
        likelihood: 1,
        impact: 4,
        comment: 'Deux marchés publics remportés.',
        nextReevaluationDue: '2026-12-15',
      },
    });
    const source = await expectOk<WatchSource>(api, 'watch.createSource', sourceFields({ followedSince: '2026-09-01' }));
    const item = await expectOk<WatchItem>(api, 'watch.create', watchItemFields({ sourceId: source.id }));
    await expectOk(api, 'watch.decide', {
      id: item.id,
      revision: item.revision,
      fields: {
        analysis: 'Modèle de contrat à revoir.',
        impact: 'important',
        decision: 'information',
        decisionNote: null,
        decidedOn: '2026-10-15',
      },
      action: null,
    });
    review = await expectOk<ManagementReview>(api, 'managementReview.create', {
      heldOn: '2026-11-26',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      participantIds: [director],
      otherParticipants: null,
      contextChanges: null,
      resources: null,
      risksOpportunities: 'Suivre le renouvellement du marché de la commune.',
      externalProviders: null,
      conclusion: null,
    });
  }, 60_000);
  afterAll(() => backend.close());

  it('puts the reviews, the re-evaluation and the watch source due in À faire', async () => {
    const agenda = await expectOk<Agenda>(backend.api, 'agenda.list', {});
    const items = agenda.items.filter((item) =>
      ['issue_review', 'party_review', 'risk_review', 'risk_reevaluation', 'watch_source'].includes(item.kind),
    );
    expect(items.map((item) => [item.kind, item.due, item.group, item.route])).toEqual([
      ['watch_source', '2026-11-12', 'overdue', expect.stringMatching(/^\/veille\/sources\/\d+$/)],
      ['issue_review', '2026-11-20', 'overdue', expect.stringMatching(/^\/contexte\/enjeux\/\d+$/)],
      ['party_review', '2026-12-10', 'later', expect.stringMatching(/^\/parties-interessees\/\d+$/)],
      ['risk_reevaluation', '2026-12-15', 'later', `/risques/${risk.id}`],
      ['issue_review', '2027-01-15', 'later', expect.stringMatching(/^\/contexte\/enjeux\/\d+$/)],
      ['risk_review', '2027-02-01', 'later', `/risques/${risk.id}`],
    ]);
    expect(items.find((item) => item.kind === 'risk_reevaluation')).toMatchObject({
      reference: 'RO-2026-001',
      responsibleName: 'Claire Martin',
    });
  });

  it('reads the context changes and the risks with their treatment as of the review’s day, and freezes them when held', async () => {
    const inputs = await expectOk<ReviewInputs>(backend.api, 'managementReview.inputs', { id: review.id });
    expect(inputs.context).toMatchObject({
      issuesInForce: 2,
      issuesAdded: [{ title: 'Baisse des financements du Département' }, { title: 'Savoir-faire des encadrants' }],
      partiesInForce: 1,
      climate: { relevant: true, answeredOn: '2026-09-14' },
      watchItems: [{ reference: 'VEI-2026-001', impact: 'important', decision: 'information' }],
    });
    expect(inputs.risks).toMatchObject([
      {
        reference: 'RO-2026-001',
        treatment: 'reduire',
        initial: { score: 12, level: 'eleve' },
        current: { score: 4, level: 'moyen', evaluatedOn: '2026-07-10' },
        actions: [{ status: 'realisee' }],
        treatmentState: 'actions_realisees',
      },
    ]);
    const held = await expectOk<ManagementReview>(backend.api, 'managementReview.hold', { id: review.id, revision: review.revision });
    // A later re-evaluation does not change what the meeting saw.
    await expectOk(backend.api, 'risks.reevaluate', {
      id: risk.id,
      revision: risk.revision,
      fields: { evaluatedOn: '2026-11-26', likelihood: 1, impact: 2, comment: null, nextReevaluationDue: null },
    });
    const frozen = await expectOk<ReviewInputs>(backend.api, 'managementReview.inputs', { id: held.id });
    expect(frozen.risks?.[0]?.current.score).toBe(4);

    const started = await expectOk<{ jobId: string }>(backend.api, 'managementReview.startMinutes', { reviewId: review.id });
    const { text } = await pdfText(backend, started.jobId, 'revue.pdf');
    expect(text).toContain('Le changement climatique est un enjeu pertinent pour la structure (réponse du 14/09/2026)');
    expect(text).toContain('Nouvel enjeu');
    expect(text).toContain('Baisse des financements du Département (externe, défavorable)');
    expect(text).toContain('RO-2026-001');
    expect(text).toContain('12 — élevé (P3 × I4) → 4 — moyen (P1 × I4) (le 10/07/2026)');
    expect(text).toContain('Suivre le renouvellement du marché de la commune.');
  });

  it('prints the registers and the risk map in the pack, and counts them in the coverage for 4.1, 4.2 and 6.1', async () => {
    const iso = (await expectOk<Referential[]>(backend.api, 'referentials.list', {})).find((r) => r.code === 'iso9001-2015');
    const { jobId } = await expectOk<{ jobId: string }>(backend.api, 'pack.start', {
      date: '2026-11-26',
      referentialId: iso?.id ?? null,
      scope: { kind: 'all' },
      sections: ['summary', 'context', 'coverage'],
    });
    const { pdf, pdfPath, text } = await pdfText(backend, jobId, 'dossier.pdf');
    const titles = pdf.outline.map((entry) => entry.title);
    // The registers are parts of the context section, after the scope, the policy and the process map.
    const context = titles.indexOf('Contexte, politique, processus, risques et veille');
    expect(titles.slice(context + 1, context + 8)).toEqual([
      'Domaine d’application et sites (§ 4.3)',
      'Politique qualité (§ 5.2)',
      'Cartographie des processus (§ 4.4)',
      'Enjeux internes et externes (§ 4.1)',
      'Parties intéressées (§ 4.2)',
      'Risques et opportunités (§ 6.1)',
      'Veille réglementaire et sectorielle',
    ]);
    expect(context).toBeLessThan(titles.indexOf('Annexe A — Couverture du référentiel'));
    expect(text).toContain('Menaces (1)');
    expect(text).toContain('Forces (1)');
    expect(text).toContain('Prescripteurs (France Travail, missions locales)');
    expect(text).toContain('Carte des risques');
    expect(text).toContain('Probabilité ↑');
    expect(text).toContain('Impact →');
    expect(text).toContain('VEI-2026-001');
    // The coverage names the records against their clause.
    expect(text).toContain('Enjeu : Baisse des financements du Département');
    expect(text).toContain('Partie intéressée : Prescripteurs (France Travail, missions locales)');
    expect(text).toContain('RO-2026-001 Perte d’un marché d’espaces verts');
    if (hasTool('qpdf')) expect(qpdfCheck(pdfPath).ok).toBe(true);
  });
});

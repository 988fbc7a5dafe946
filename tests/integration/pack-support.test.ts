import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Competence, JobFunction, Training } from '../../shared/schemas/competences';
import type { IndicatorDetail } from '../../shared/schemas/indicators';
import type { ManagementReview } from '../../shared/schemas/management-review';
import type { PackJob } from '../../shared/schemas/pack';
import type { Criterion, ProviderDetail } from '../../shared/schemas/providers';
import type { RequirementOption } from '../../shared/schemas/referentials';
import type { SurveyDetail } from '../../shared/schemas/surveys';
import { expectOk, type TestBackend } from '../helpers/backend';
import { fieldsFromTemplate } from '../helpers/indicators';
import { openPackBackend, waitForJob } from '../helpers/packBackend';
import { flatText, readPdf } from '../helpers/pdf';
import { QUESTIONS, answersCsv } from '../helpers/surveys';

const pdfOf = async (backend: TestBackend, started: { jobId: string }, name: string): Promise<PackJob & { text: string }> => {
  const job = await waitForJob(backend, started.jobId);
  if (job.state !== 'done') throw new Error(JSON.stringify(job));
  const download = await backend.api.invoke('pack.download', { jobId: started.jobId });
  if (!download.ok) throw new Error(JSON.stringify(download.error));
  const pdfPath = path.join(backend.dir, name);
  fs.writeFileSync(pdfPath, (download.value as { content: Uint8Array }).content);
  return { ...job, text: flatText((await readPdf(pdfPath)).pages) };
};

describe(
  'the pack and the review minutes show competence, providers and satisfaction, and the coverage counts them',
  { timeout: 90_000 },
  () => {
    let backend: TestBackend;
    let review: ManagementReview;
    let referentialId: number;

    beforeAll(async () => {
      backend = await openPackBackend();
      const api = backend.api;
      const rq = (await expectOk<{ id: number }>(api, 'people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' })).id;
      const paul = (await expectOk<{ id: number }>(api, 'people.create', { name: 'Paul Bernard', jobTitle: 'Encadrant technique' })).id;
      const sst = await expectOk<Competence>(api, 'competences.create', { name: 'Sauveteur secouriste du travail', kind: 'habilitation' });
      const fn = await expectOk<JobFunction>(api, 'competences.createFunction', {
        name: 'Encadrant technique',
        description: null,
        competenceIds: [sst.id],
        holderIds: [paul],
      });
      const training = await expectOk<Training>(api, 'competences.createTraining', {
        personId: paul,
        competenceId: sst.id,
        title: 'SST initial',
        providerId: null,
        status: 'realisee',
        plannedOn: null,
        doneOn: '2024-12-16',
        expiresOn: '2026-12-16',
        evaluationDue: null,
      });
      const criteria = await expectOk<Criterion[]>(api, 'providers.criteria', {});
      const provider = await expectOk<ProviderDetail>(api, 'providers.create', {
        name: 'Formapro 38',
        kind: 'organisme_formation',
        supplies: 'Formations SST',
        processId: null,
        since: '2025-01-15',
        evaluationMonths: 12,
        active: true,
      });
      await expectOk(api, 'providers.evaluate', {
        providerId: provider.id,
        evaluatedOn: '2026-11-02',
        evaluatedById: rq,
        scores: criteria.map((c) => ({ criterionId: c.id, score: 1 })),
        comment: null,
      });
      const indicator = await expectOk<IndicatorDetail>(
        api,
        'indicators.create',
        fieldsFromTemplate('satisfaction_salaries', rq, { target: 80 }),
      );
      let survey = await expectOk<SurveyDetail>(api, 'surveys.create', {
        title: 'Enquête salariés 2026',
        population: 'salaries_parcours',
        opensOn: '2026-10-01',
        closesOn: '2026-10-31',
        solicited: 40,
        indicatorId: indicator.id,
      });
      for (const question of QUESTIONS)
        survey = await expectOk<SurveyDetail>(api, 'surveys.addQuestion', { surveyId: survey.id, ...question });
      await expectOk(api, 'surveys.import', {
        surveyId: survey.id,
        fileName: 'reponses.csv',
        mapping: null,
        content: new TextEncoder().encode(answersCsv(25, '2026-10-12')),
      });
      const options = await expectOk<RequirementOption[]>(api, 'referentials.requirementOptions', {});
      const id = (number: string) => options.find((o) => o.number === number)?.id;
      referentialId = options.find((o) => o.number === '7.2')?.referentialId ?? 0;
      await expectOk(api, 'referentials.link', { requirementId: id('7.2'), entity: 'job_function', entityId: fn.id });
      await expectOk(api, 'referentials.link', { requirementId: id('7.2'), entity: 'training', entityId: training.id });
      await expectOk(api, 'referentials.link', { requirementId: id('8.4'), entity: 'provider', entityId: provider.id });
      await expectOk(api, 'referentials.link', { requirementId: id('9.1.2'), entity: 'survey', entityId: survey.id });
      review = await expectOk<ManagementReview>(api, 'managementReview.create', {
        heldOn: '2026-11-26',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        participantIds: [rq],
        otherParticipants: null,
        contextChanges: null,
        resources: null,
        risksOpportunities: null,
        externalProviders: null,
        conclusion: null,
      });
    });
    afterAll(() => backend.close());

    it('prints the three sections, the records in the coverage for 7.2, 8.4 and 9.1.2, and never the answers’ e-mails', async () => {
      const started = await expectOk<{ jobId: string }>(backend.api, 'pack.start', {
        date: '2026-11-26',
        referentialId,
        scope: { kind: 'all' },
        sections: ['coverage', 'competences', 'providers', 'surveys'],
      });
      const { text } = await pdfOf(backend, started, 'dossier.pdf');
      expect(text).toContain('Compétences et formations (§ 7.2)');
      expect(text).toContain('Prestataires externes et partenaires (§ 8.4)');
      expect(text).toContain('Enquêtes de satisfaction (§ 9.1.2)');
      expect(text).toMatch(
        /7\.2 Compétences Fonction « Encadrant technique » Formation « SST initial » \(Paul Bernard\) Étayée .{0,10}7\.3/,
      );
      expect(text).toMatch(/8\.4 Maîtrise des processus.{0,100} Prestataire « Formapro 38 » Étayée .{0,10}8\.4\.1/);
      expect(text).toMatch(/9\.1\.2 Satisfaction du client .{0,80} Enquête « Enquête salariés 2026 » Étayée/);
      expect(text).toContain('Échéance');
      expect(text).toMatch(/Paul Bernard Sauveteur secouriste du travail Expire bientôt/);
      expect(text).toContain('Insuffisant (1)');
      expect(text).toContain('Aucune suite');
      expect(text).toMatch(/Taux de satisfaction 80 % \(60 réponses satisfaites sur 75\)/);
      expect(text).not.toContain('@exemple.fr');
      expect(text).not.toContain('Très bon accueil');
    });

    it('prints the satisfaction surveys and the providers’ performance in the review minutes', async () => {
      const started = await expectOk<{ jobId: string }>(backend.api, 'managementReview.startMinutes', { reviewId: review.id });
      const { text } = await pdfOf(backend, started, 'revue.pdf');
      expect(text).toContain('Enquête salariés 2026');
      expect(text).toContain('80 %');
      expect(text).toContain('Formapro 38');
      expect(text).toContain('1 résultat(s) insuffisant(s)');
      expect(text).toContain(
        '0 formation(s) réalisée(s) sur la période ; 0 prévue(s) et pas encore réalisée(s) ; 0 habilitation(s) échue(s)',
      );
    });
  },
);

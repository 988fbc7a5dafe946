import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packSectionIds, packSectionTitles } from '../../shared/domain/pack';
import type { ManagementReview, ReviewInputs } from '../../shared/schemas/management-review';
import type { Nonconformity } from '../../shared/schemas/nonconformities';
import type { PackJob } from '../../shared/schemas/pack';
import { expectOk, type TestBackend } from '../helpers/backend';
import { openPackBackend, waitForJob } from '../helpers/packBackend';
import { flatText, hasTool, pdfFonts, qpdfCheck, readPdf, readPlacedText } from '../helpers/pdf';
import { wordSplits, wordsOf } from '../helpers/wordSplits';
import { BODY_FINDINGS, LONG_WORDS, SCOPE_STATEMENT, buildYearFile } from '../helpers/yearFixture';

type Pdf = Awaited<ReturnType<typeof readPdf>>;

/** Outline titles carry French typography's narrow no-break spaces. */
const spaced = (title: string): string => title.replace(/\u202F/g, ' ');
const level1 = (pdf: Pdf): string[] => pdf.outline.filter((entry) => entry.level === 1).map((entry) => spaced(entry.title));

/** The text of the pages of a level-1 section, from its first page to the next section's. */
const sectionText = (pdf: Pdf, title: string): string => {
  const sections = pdf.outline.filter((entry) => entry.level === 1);
  const index = sections.findIndex((entry) => spaced(entry.title) === title);
  const start = sections[index]?.page ?? 1;
  const end = sections[index + 1]?.page ?? pdf.pageCount + 1;
  return flatText(pdf.pages.slice(start - 1, Math.max(start, end - 1)));
};

/**
 * A realistic year (an SIAE in a group certification, 12 documents, a certificate with its
 * surveillance audit and four findings, two internal audits, nonconformities, réclamations,
 * indicators, the review of 2025 held) gives a pack an auditor reads without a frown: read back with
 * pdf.js, page by page, and checked against what the screens and the management review show.
 */
describe('the evidence pack of a realistic year', { timeout: 120_000 }, () => {
  let backend: TestBackend;
  let year: Awaited<ReturnType<typeof buildYearFile>>;
  let pdf: Pdf;
  let text: string;
  let pdfPath: string;
  let job: PackJob;

  const ok = <T>(method: string, input: unknown) => expectOk<T>(backend.api, method, input);
  const generate = async (started: { jobId: string }, name: string) => {
    const done = await waitForJob(backend, started.jobId);
    if (done.state !== 'done') throw new Error(JSON.stringify(done));
    const download = await backend.api.invoke('pack.download', { jobId: started.jobId });
    if (!download.ok) throw new Error(JSON.stringify(download.error));
    const saved = path.join(backend.dir, name);
    fs.writeFileSync(saved, (download.value as { content: Uint8Array }).content);
    return { job: done, pdfPath: saved };
  };

  beforeAll(async () => {
    backend = await openPackBackend();
    year = await buildYearFile(backend);
    ({ job, pdfPath } = await generate(
      await ok<{ jobId: string }>('pack.start', {
        date: '2026-11-26',
        referentialId: year.certification.referentialId,
        scope: { kind: 'all' },
        sections: [...packSectionIds],
        auditId: year.audits.survey2027.id,
      }),
      'dossier-annee.pdf',
    ));
    pdf = await readPdf(pdfPath);
    text = flatText(pdf.pages);
  }, 120_000);
  afterAll(() => backend.close());

  it('is read in the order an auditor reads, with the annexes last', () => {
    expect(job.pages).toBe(pdf.pageCount);
    expect(level1(pdf)).toEqual(['Couverture', 'Sommaire', ...packSectionIds.map((id) => packSectionTitles[id])]);
  });

  it('names the structure, its scope, sites and group on the cover, and who produced the pack (never the computer’s account)', () => {
    const cover = flatText([pdf.pages[0] ?? '']);
    expect(cover).toContain(`Domaine d’application ${SCOPE_STATEMENT}`);
    expect(cover).toContain('Sites Siège : 12 rue des Tanneurs, Angers · Atelier : zone artisanale des Landes, Trélazé');
    expect(cover).toContain('Certification de groupe GES Val de Loire Solidaire (fonction centrale : COORACE Pays de la Loire)');
    expect(cover).toContain('Certificat n° CED-2025-0117, valable du 15 mars 2025 au 14 mars 2028 (certifié)');
    expect(cover).toContain('Produit par Amélie Durand');
    expect(text).not.toMatch(/\broot\b/);
  });

  it('never says « écart »: a clause with nothing linked is neutral, and 9.2, 9.3, 10.2 are evidenced by the records', () => {
    expect(text.toLowerCase()).not.toContain('écart');
    const annex = sectionText(pdf, packSectionTitles.coverage);
    expect(annex).toMatch(/9\.2 Audit interne PR-005 — Audits internes Audits internes tenus : AUD-2026-02, AUD-2026-03 Étayée/);
    expect(annex).toMatch(/9\.2\.2 Audit interne Audits internes tenus : AUD-2026-02, AUD-2026-03 Étayée/);
    expect(annex).toMatch(/9\.3 Revue de direction Revue de direction du 20\/01\/2026 Étayée/);
    expect(annex).toMatch(/9\.3\.3 Éléments de sortie de la revue de direction Revue de direction du 20\/01\/2026 Étayée/);
    expect(annex).toMatch(/10\.2\.2 [^]*?Non-conformités : NC-2026-001, NC-2026-003, NC-2026-002, NC-2026-004 [^]*?Étayée/);
    expect(annex).toMatch(
      /6\.2\.1 [^]*?Objectifs qualité : 65 % de sorties dynamiques en 2026, 85 % de salariés satisfaits en 2026 Étayée/,
    );
    expect(annex).toMatch(/4\.1 Compréhension de l’organisme et de son contexte — Aucun élément lié/);
    // Only documented information the standard requires, and that nothing answers, is flagged — in words.
    expect(annex).toMatch(
      /8\.6 Libération des produits et services — Aucun élément lié Information documentée requise à conserver : aucun enregistrement lié/,
    );
    expect(annex).toMatch(/8\.3\.1 [^]*?Non applicable\. Justification : La structure ne conçoit pas de produits/);
    expect(sectionText(pdf, packSectionTitles.summary)).toContain('7 exigence(s) exclue(s) (non applicables, avec leur justification)');
  });

  it('follows up every finding of the certification body’s last audit: grade, response, actions, effectiveness', () => {
    const followUp = sectionText(pdf, packSectionTitles.followUp);
    expect(followUp).toContain('Audit AUD-2026-01 — Audit de surveillance, du 10 février 2026 au 11 février 2026');
    const table = followUp.slice(followUp.indexOf('Suivi des constats de l’audit AUD-2026-01'), followUp.indexOf('Constat 1 —'));
    for (const finding of BODY_FINDINGS) expect(table).toContain(finding.description);
    expect(table).toMatch(
      /NC mineure 7\.5\.3 Maîtrise des informations documentées Des versions périmées[^]*?NC-2026-001 : close le 15\/09\/2026/,
    );
    expect(table).toContain('Efficace, vérifiée le 15/09/2026');
    expect(table).toMatch(/Point sensible 9\.1\.3 [^]*?ACT-2026-\d{3} réalisée le 20\/06\/2026/);
    expect(table.match(/Sans réponse attendue/g)).toHaveLength(2);
    expect(followUp).not.toContain('Levé Point fort');
    // The body's audit is the body's: no report in its name, no line for its auditor's signature.
    expect(followUp).not.toContain('Signature');
    expect(followUp).not.toContain('Validation du rapport');
    expect(followUp).toContain('Audits précédents de l’organisme certificateur dans le cycle');
  });

  it('shows this period’s objectives and indicators: the figures the next management review sees', async () => {
    const performance = sectionText(pdf, packSectionTitles.performance);
    expect(performance).toContain('Période en cours : du 1er janvier 2026 au 26 novembre 2026');
    expect(performance).toContain('T1 2026 : 60 % ✓ ; T2 2026 : 65 % ✓ ; T3 2026 : 50 % !');
    expect(performance).toContain('S1 2026 : 88 % ✓');
    expect(performance).not.toContain('2025 :');
    // A review of the same period, prepared in Sève, reads the same measurements and objectives.
    const review = await ok<ManagementReview>('managementReview.create', {
      heldOn: '2026-11-26',
      periodStart: '2026-01-01',
      periodEnd: '2026-11-26',
      participantIds: [],
      otherParticipants: null,
      contextChanges: null,
      resources: null,
      risksOpportunities: null,
      externalProviders: null,
      conclusion: null,
    });
    const inputs = await ok<ReviewInputs>('managementReview.inputs', { id: review.id });
    for (const indicator of inputs.indicators) {
      expect(performance).toContain(indicator.name);
      for (const measurement of indicator.measurements) expect(performance).toContain(measurement.label);
    }
    for (const objective of inputs.objectives) expect(performance).toContain(objective.title);
  });

  it('counts the nonconformities and réclamations as their registers do', async () => {
    const ncs = await ok<Nonconformity[]>('nonconformities.list', {});
    const open = ncs.filter((nc) => nc.status !== 'close').length;
    expect(sectionText(pdf, packSectionTitles.summary)).toContain(`${open} non-conformité(s) ouverte(s), dont 0 majeure(s)`);
    const complaints = sectionText(pdf, packSectionTitles.complaints);
    expect(complaints).toContain('Fondée (analysée le 05/03/2026) Cause : Les commandes des clients ne sont confirmées que la veille.');
    expect(complaints).toContain(`Suite : ${year.actions.deadline.reference}`);
    expect(complaints).toContain('Non fondée (analysée le 20/06/2026)');
    expect(complaints).toContain(`Suite : ${year.nonconformities.payslip.reference}`);
  });

  it('prints internal audit reports with objectives, criteria, conclusion and the auditee’s sign-off', () => {
    const audits = sectionText(pdf, packSectionTitles.audits);
    expect(audits).toContain('Objectifs Vérifier que l’accueil suit la procédure PR-001');
    expect(audits).toContain('Critères d’audit ISO 9001:2015 § 8.2 et 8.5.1');
    expect(audits).toContain('Conclusion Processus maîtrisé ; une piste de progrès sur le livret d’accueil.');
    expect(audits).toContain('Validation par l’audité Sophie Lefèvre, le 20 mai 2026');
    expect(audits).toContain('Validation par l’audité non enregistrée dans Sève');
    expect(audits).not.toContain('AUD-2026-01 —');
  });

  it('gives the context, the changes since the last audit and the émargements', () => {
    const context = sectionText(pdf, packSectionTitles.context);
    expect(context).toContain('Notre association s’engage à accompagner chaque salarié en insertion vers un emploi durable.');
    expect(context).toContain('Autres membres du groupe ACI Les Jardins du Val ; EI Recyclerie des Landes');
    expect(context).toContain('Accompagnement socioprofessionnel Pilote : Nadia Haddad');
    const summary = sectionText(pdf, packSectionTitles.summary);
    expect(summary).toContain('Depuis le dernier audit de l’organisme certificateur, AUD-2026-01 du 10/02/2026');
    expect(summary).toContain('Documents révisés (nouvel indice) 1 PR-004 indice 2');
    expect(summary).toContain('Audits internes tenus 2 AUD-2026-02, AUD-2026-03');
    expect(sectionText(pdf, packSectionTitles.reviews)).toContain('Amélie Durand, Karim Benali');
  });

  it('writes French dates with their ordinal, and cuts no word inside a table cell (read on the text layer)', async () => {
    expect(text).toContain('1er janvier 2026');
    expect(text).not.toMatch(/\b1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/);
    const placed = await readPlacedText(pdfPath);
    const vocabulary = wordsOf([...pdf.pages, ...LONG_WORDS]);
    expect(wordSplits(placed, vocabulary)).toEqual([]);
    for (const word of LONG_WORDS) expect(text).toContain(word);
  });

  it.runIf(hasTool('qpdf'))('passes qpdf --check', () => expect(qpdfCheck(pdfPath).ok, qpdfCheck(pdfPath).output).toBe(true));

  it.runIf(hasTool('pdffonts'))('embeds every font', () => expect(pdfFonts(pdfPath).filter((font) => !font.embedded)).toEqual([]));

  it('leaves out the sections the user unticks, from the outline and the table of contents too', async () => {
    const sections = packSectionIds.filter((id) => id !== 'followUp' && id !== 'context' && id !== 'coverage');
    const { pdfPath: shorter } = await generate(
      await ok<{ jobId: string }>('pack.start', {
        date: '2026-11-26',
        referentialId: year.certification.referentialId,
        scope: { kind: 'all' },
        sections,
      }),
      'dossier-court.pdf',
    );
    const short = await readPdf(shorter);
    expect(level1(short)).toEqual(['Couverture', 'Sommaire', ...sections.map((id) => packSectionTitles[id])]);
    const contents = flatText([short.pages[1] ?? '', short.pages[2] ?? '']);
    expect(contents).not.toContain(packSectionTitles.followUp);
    expect(contents).not.toContain(packSectionTitles.coverage);
    expect(contents).toContain(packSectionTitles.performance);
  });

  it('prints a body’s audit alone as its findings and our responses, an internal one as a report to sign', async () => {
    const body = await generate(await ok<{ jobId: string }>('audits.startReport', { auditId: year.audits.surveillance.id }), 'oc.pdf');
    expect(body.job.fileName).toBe('Constats et réponses – AUD-2026-01.pdf');
    const bodyText = flatText((await readPdf(body.pdfPath)).pages);
    expect(bodyText).toContain('Constats de l’audit AUD-2026-01 et réponses de la structure');
    expect(bodyText).toContain('Le rapport d’audit est celui de l’organisme certificateur.');
    expect(bodyText).not.toContain('Signature');
    const internal = await generate(await ok<{ jobId: string }>('audits.startReport', { auditId: year.audits.accueilAudit.id }), 'ai.pdf');
    const internalText = flatText((await readPdf(internal.pdfPath)).pages);
    expect(internalText).toContain('Validation du rapport');
    expect(internalText).toContain('Audité Sophie Lefèvre 20/05/2026');
    expect(internalText).toContain('Établi avec Sève le 26 novembre 2026 à');
    expect(internalText).toContain('par Amélie Durand.');
    if (hasTool('qpdf')) expect(qpdfCheck(internal.pdfPath).ok).toBe(true);
  });
});

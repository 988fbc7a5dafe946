import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackJob } from '../../shared/schemas/pack';
import { packSectionTitles } from '../../shared/domain/pack';
import { expectOk, type TestBackend } from '../helpers/backend';
import { buildLoopFile, LONG_DESCRIPTION, SALARIE_NAME } from '../helpers/loopFixture';
import { openPackBackend, waitForJob } from '../helpers/packBackend';
import { sha256Of } from '../helpers/packFixture';
import { flatText, hasTool, pdfFonts, qpdfCheck, readPdf } from '../helpers/pdf';
import { iso } from '../helpers/referentials';

describe('the improvement loop in the evidence pack and the action plan after an audit, read back with pdf.js', { timeout: 60_000 }, () => {
  let backend: TestBackend;
  let fixture: Awaited<ReturnType<typeof buildLoopFile>>;
  let referentialId: number;

  /** Runs a started PDF job to its end and saves the download as `name`. */
  const saved = async (started: { jobId: string }, name: string): Promise<{ job: PackJob; pdfPath: string }> => {
    const job = await waitForJob(backend, started.jobId);
    if (job.state !== 'done') throw new Error(JSON.stringify(job));
    const download = await backend.api.invoke('pack.download', { jobId: started.jobId });
    if (!download.ok) throw new Error(JSON.stringify(download.error));
    const pdfPath = path.join(backend.dir, name);
    fs.writeFileSync(pdfPath, (download.value as { content: Uint8Array }).content);
    return { job, pdfPath };
  };
  const pack = async (name: string, scope: unknown, sections: string[]) =>
    saved(await expectOk<{ jobId: string }>(backend.api, 'pack.start', { date: '2026-11-26', referentialId, scope, sections }), name);

  beforeAll(async () => {
    backend = await openPackBackend();
    fixture = await buildLoopFile(backend);
    referentialId = (await iso(backend)).referential.id;
  }, 60_000);
  afterAll(() => backend.close());

  describe('a pack of the whole system with the loop’s sections', () => {
    let job: PackJob;
    let pdfPath: string;
    let pdf: Awaited<ReturnType<typeof readPdf>>;
    let text: string;
    beforeAll(async () => {
      ({ job, pdfPath } = await pack('dossier.pdf', { kind: 'all' }, [
        'summary',
        'nonconformities',
        'complaints',
        'suggestions',
        'coverage',
        'evidence',
      ]));
      pdf = await readPdf(pdfPath);
      text = flatText(pdf.pages);
    }, 60_000);

    it('has the three sections and each nonconformity in its outline, in the order of the sections', () => {
      const titles = pdf.outline.map((entry) => entry.title);
      const sections = pdf.outline.filter((entry) => entry.level === 1).map((entry) => entry.title);
      expect(sections).toEqual([
        'Couverture',
        'Sommaire',
        ...(['summary', 'nonconformities', 'complaints', 'suggestions', 'coverage', 'evidence'] as const).map(
          (id) => packSectionTitles[id],
        ),
      ]);
      for (const reference of ['NC-2026-001', 'NC-2026-002', 'NC-2026-003', 'NC-2026-004'])
        expect(titles.some((title) => title.startsWith(`${reference} — `))).toBe(true);
      expect(titles).toContain('NC-2026-001 — Les réclamations ne sont pas analysées.');
      expect(titles).toContain('Plan d’actions');
    });

    it('prints each nonconformity’s origin, correction, causes, actions and verdict', () => {
      expect(text).toContain('Audit AUD-2026-01 · constat NC mineure');
      expect(text).toContain('Réclamation REC-2026-002');
      expect(text).toContain('Fonctionnement quotidien · fiche d’amélioration FA-2026-002');
      expect(text).toContain('Réponse aux 3 réclamations en souffrance.');
      // 5 pourquoi: the chain in order, the retained root cause said in words.
      expect(text).toMatch(/1 Pourquoi les réclamations ne sont-elles pas analysées \? Personne n’est chargé de les suivre\. non retenue/);
      expect(text).toMatch(/2 Pourquoi personne n’en est chargé \? La procédure ne désigne pas de référent\. Cause racine retenue/);
      // Ishikawa: by branch, the empty ones said so.
      expect(text).toContain('Méthode : Ishikawa (5M) — analyse menée par Amélie Durand le 08/10/2026.');
      expect(text).toMatch(/Méthodes Aucune règle de classement des fiches de suivi\. Cause racine retenue/);
      expect(text).toMatch(/Milieu Aucune cause relevée sur cette branche\./);
      expect(text).toContain('aucune date butoir n’est fixée aux clients.');
      expect(text).toMatch(/Efficace le 20\/11\/2026 par Karim Benali Registre à jour, réponses sous 8 jours\./);
      expect(text).toContain('Close le 20/11/2026');
      expect(text).toContain('À faire — en retard de 25 jours');
      expect(text).toMatch(/En attente du verdict/);
      expect(text).toContain(LONG_DESCRIPTION.replace(/\s+/g, ' ').replace(/ :/g, ' :'));
    });

    it('prints the action plan with standalone actions and overdue ones flagged, leaving out what finished over 12 months ago', () => {
      const plan = text.slice(text.lastIndexOf('Plan d’actions'));
      for (const action of [fixture.actions.overdue, fixture.actions.findingAction, fixture.actions.reviewAction, fixture.actions.referent])
        expect(plan).toContain(action.reference);
      expect(plan).toContain('Revue de direction du 12 mars 2026');
      expect(plan).toContain('Constat d’audit AUD-2026-01');
      expect(plan).toContain('Fiche FA-2026-003');
      expect(plan).toMatch(/4 ouverte\(s\) au 26\/11\/2026, dont 1 en retard/);
      expect(text).not.toContain(fixture.actions.old.reference);
    });

    it('prints the réclamations register with response times, lateness and the mean and median, never a salarié’s name', () => {
      expect(text).toMatch(/REC-2026-001 01\/09\/2026 Courriel Client ou utilisateur Mairie de Saint-Aubin/);
      expect(text).toContain('19 jours en retard de 5 jours');
      expect(text).toContain('Sans réponse, en retard de 42 jours');
      expect(text).toMatch(/REC-2026-003 .* Analyse à faire 17\/11\/2026 14\/11\/2026 12 jours/);
      expect(text).toMatch(/REC-2026-002 .* Analyse à faire NC-2026-003/);
      expect(text).toContain('15,5 jours délai moyen de réponse');
      expect(text).toContain('15,5 jours délai médian de réponse');
      expect(text).toContain('Salarié en insertion');
      expect(text).not.toContain(SALARIE_NAME);
    });

    it('prints each fiche d’amélioration with what came of it', () => {
      expect(text).toContain('À trier : aucune suite décidée');
      expect(text).toContain('Non-conformité NC-2026-004 — À traiter');
      expect(text).toMatch(/Action ACT-2026-006 — À faire/);
      expect(text).toContain('Non retenue : Local loué : travaux à la charge du bailleur.');
    });

    it('sums up NCs by severity and state, overdue actions and réclamations, and flags open NCs in the coverage matrix', () => {
      expect(text).toContain('3 non-conformité(s) ouverte(s), dont 1 majeure(s)');
      expect(text).toContain('1 action(s) en retard sur 4 ouverte(s)');
      expect(text).toContain('3 réclamation(s) depuis le 27/11/2025');
      expect(text).toContain('Non-conformités par gravité et par état');
      expect(text).toMatch(/Majeure 0 0 1 0 0 1 Mineure 1 1 0 0 1 3 Observation 0 0 0 0 0 0/);
      expect(text).toContain('NC ouvertes');
      // An open NC is named with its severity; the word « écart » is never printed.
      expect(text).toMatch(/8\.5\.1 .*? NC-2026-002 \(majeure\)/);
      expect(text.toLowerCase()).not.toContain('écart');
      // NC-2026-001 is against 9.1.2 but closed: not an open NC of the matrix.
      expect(text).not.toMatch(/NC-2026-001 \((majeure|mineure)\)/);
    });

    it('embeds the files of the action and of the effectiveness check byte for byte, listed with their record', () => {
      expect(job.embeddedFiles).toBe(2);
      expect(job.missingFiles).toBe(0);
      for (const file of [fixture.files.action, fixture.files.check]) {
        const embedded = pdf.attachments.find((attachment) => attachment.filename === file.fileName);
        expect(embedded, file.fileName).toBeDefined();
        expect(sha256Of(embedded?.content ?? new Uint8Array())).toBe(file.sha256);
      }
      expect(text).toContain('Action ACT-2026-001 (NC-2026-001)');
      expect(text).toContain('Vérification de l’efficacité prévue le 20/11/2026 (NC-2026-001)');
    });

    it.runIf(hasTool('qpdf'))('passes qpdf --check', () => {
      const check = qpdfCheck(pdfPath);
      expect(check.ok, check.output).toBe(true);
    });

    it.runIf(hasTool('pdffonts'))('embeds every font', () => {
      expect(pdfFonts(pdfPath).filter((font) => !font.embedded)).toEqual([]);
    });
  });

  it('narrows the loop to a process scope, and says when a register is empty', async () => {
    const processes = await expectOk<{ id: number; name: string }[]>(backend.api, 'processes.list', {});
    const accueil = processes.find((process) => process.name === 'Accueil et recrutement')?.id;
    const { pdfPath } = await pack('accueil.pdf', { kind: 'processes', processIds: [accueil] }, [
      'nonconformities',
      'complaints',
      'suggestions',
    ]);
    const text = flatText((await readPdf(pdfPath)).pages);
    expect(text).toContain('NC-2026-002');
    expect(text).not.toContain('NC-2026-001');
    expect(text).toContain('Aucune réclamation sur la période.');
    expect(text).toContain('Aucune fiche d’amélioration sur la période.');
  });

  it('narrows nonconformities and actions to a requirement scope, and prints the réclamations and fiches whole, saying so', async () => {
    const clause = (await iso(backend)).byNumber.get('8.5')?.id;
    const { pdfPath } = await pack('exigences.pdf', { kind: 'requirements', requirementIds: [clause] }, [
      'nonconformities',
      'complaints',
      'suggestions',
    ]);
    const text = flatText((await readPdf(pdfPath)).pages);
    // 8.5 brings 8.5.1, which NC-2026-002 is against; NC-2026-001 is against 9.1.2.
    expect(text).toContain('NC-2026-002 — ');
    expect(text).not.toContain('NC-2026-001');
    expect(text).toContain(fixture.actions.overdue.reference);
    expect(text).not.toContain(fixture.actions.reviewAction.reference);
    expect(text).toContain('Une réclamation ne se rattache pas à une exigence : le registre est complet.');
    expect(text).toContain('REC-2026-003');
    expect(text).toContain('Une fiche ne se rattache pas à une exigence : le registre est complet.');
  });

  it('prints the action plan after an audit: each finding that calls for an answer, its NC in full, and a line to sign', async () => {
    const started = await expectOk<{ jobId: string }>(backend.api, 'actions.startAuditPlan', { auditId: fixture.audit.id });
    const { job, pdfPath } = await saved(started, 'plan.pdf');
    expect(job.fileName).toBe('Plan d’actions – AUD-2026-01.pdf');
    const pdf = await readPdf(pdfPath);
    const text = flatText(pdf.pages);
    expect(pdf.info.Title).toBe('Plan d’actions — AUD-2026-01 — Association Tremplin — Économie solidaire');
    for (const fact of [
      'AFNOR Certification',
      'Cèdre ISO 9001, certificat n° CED-2024-118',
      'Claire Martin (AFNOR)',
      'du 1er septembre 2026 au 2 septembre 2026',
    ])
      expect(text).toContain(fact);
    expect(pdf.outline.map((entry) => entry.title)).toEqual(
      expect.arrayContaining(['Plan d’actions — AUD-2026-01', 'Constat 1 — NC mineure — NC-2026-001', 'Constat 2 — Point sensible']),
    );
    expect(text).toContain('Réponse aux 3 réclamations en souffrance.');
    expect(text).toContain('La procédure ne désigne pas de référent. Cause racine retenue');
    expect(text).toMatch(/ACT-2026-001 Corrective Désigner un référent réclamations\./);
    expect(text).toContain('Aucune réclamation sans réponse sous 15 jours pendant 2 mois.');
    expect(text).toContain('Commenter le tableau de bord à chaque groupe qualité.');
    expect(text).not.toContain('Accueil chaleureux');
    expect(text).toContain('Nom et fonction Date Signature');
    expect(fs.readFileSync(pdfPath).toString('latin1')).toContain('<pdfaid:part>2</pdfaid:part>');
    if (hasTool('qpdf')) expect(qpdfCheck(pdfPath).ok).toBe(true);
  });

  it('refuses the action plan of an audit that does not exist, in French, starting nothing', async () => {
    const before = fs.readdirSync(backend.dir).length;
    const result = await backend.api.invoke('actions.startAuditPlan', { auditId: 999 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('Cet audit est introuvable') },
    });
    expect(fs.readdirSync(backend.dir).length).toBe(before);
  });
});

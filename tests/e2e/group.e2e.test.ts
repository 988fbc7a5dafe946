import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/pdf';
import { accessibilityViolations } from './support/axe';
import { openE2eSession, type E2eSession } from './support/session';
import { dayFromToday } from './support/today';
import { choose, pickRecord, typeDate } from './support/ui';

// One file plays both parts: it is a member (its key, « Envoyer au groupe ») and the group's file
// that declares it and imports what it sent. Each part works the same on two files; one browser
// session keeps the test short.
describe('« Groupe » in browser mode: key, sending, declaring, importing and the group view', () => {
  let session: E2eSession;
  const page = () => session.page;
  const notice = (text: string) => expect.poll(() => page().getByRole('status').filter({ hasText: text }).first().isVisible()).toBe(true);
  const noViolations = async () => expect(await accessibilityViolations(page())).toEqual([]);
  const count = (sql: string) => {
    const db = new Database(session.dbPath, { readonly: true });
    try {
      return db.prepare(sql).pluck().get();
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    session = await openE2eSession({ name: 'groupe' });
    await session.call('organisation.update', { name: 'AI du Val de Sèvre', indiceScheme: 'numeric' });
    const person = await session.call<{ id: number }>('people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' });
    await session.call('nonconformities.create', {
      source: 'quotidien',
      detectedOn: dayFromToday(-20).iso,
      detectedById: person.id,
      processId: null,
      requirementIds: [],
      description: 'Fiches de liaison non signées.',
      severity: 'mineure',
    });
    // A second member, declared by the fingerprint it read out (its own file is elsewhere).
    await session.call('group.addMember', { name: 'ACI Les Jardins', fingerprint: 'ab'.repeat(32), joinedOn: dayFromToday(-300).iso });
    await session.call('group.addMember', { name: 'ETTI Tremplin', fingerprint: 'cd'.repeat(32), joinedOn: dayFromToday(-300).iso });
    // The group certificate and the body's stage 2 audit that led to it, whose sample the group records.
    const certification = await session.call<{ id: number }>('certifications.create', {
      scheme: 'Cèdre ISO 9001',
      referentialId: null,
      body: 'AFNOR Certification',
      certificateNumber: 'CED-GRP-007',
      decisionDate: dayFromToday(-250).iso,
      expiryDate: dayFromToday(800).iso,
      status: 'certifie',
      isGroup: true,
      groupName: 'GES Val de Sèvre',
      centralFunction: 'AI du Val de Sèvre',
      otherMembers: null,
    });
    await session.call('audits.create', {
      type: 'etape_2',
      certificationId: certification.id,
      title: null,
      startDate: dayFromToday(-260).iso,
      endDate: dayFromToday(-260).iso,
      status: 'realise',
      leadAuditor: { personId: null, externalName: 'M. Lefèvre (AFNOR)' },
      auditors: [],
      auditeeIds: [],
      processIds: [],
      requirementIds: [],
      notes: null,
    });
  });
  afterAll(() => session.close());

  it('creates the key, shows its fingerprint in blocks, and sends a signed snapshot as a download', async () => {
    await page().getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Groupe', exact: true }).click();
    await page().getByRole('button', { name: 'Créer la clé du membre' }).click();
    const fingerprint = page().getByTestId('member-fingerprint');
    await expect.poll(() => fingerprint.textContent()).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    await noViolations();
    const downloading = page().waitForEvent('download');
    await page().getByRole('button', { name: 'Envoyer au groupe' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('AI-du-Val-de-Sevre-2026-11-26.seve-groupe');
    const saved = path.join(session.dir, download.suggestedFilename());
    await download.saveAs(saved);
    expect(fs.readFileSync(saved).subarray(0, 8).toString('ascii')).toBe('SEVEGRP1');
    await notice('AI-du-Val-de-Sevre-2026-11-26.seve-groupe');
  });

  it('declares the member with the fingerprint read out, imports its snapshot, shows it « au » its day, and refuses it twice', async () => {
    const blocks = (await page().getByTestId('member-fingerprint').textContent()) ?? '';
    await page().getByRole('textbox', { name: 'Nom du groupe' }).fill('GES Val de Sèvre');
    await page().getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await notice('Réglages du groupe enregistrés.');
    const form = page().getByRole('form', { name: 'Déclarer un membre' });
    await form.getByRole('textbox', { name: 'Membre' }).fill('AI du Val de Sèvre');
    await form.getByRole('textbox', { name: 'Empreinte de la clé' }).fill(blocks.toLowerCase());
    await form.getByRole('button', { name: 'Déclarer un membre' }).click();
    await notice('« AI du Val de Sèvre » est déclaré membre du groupe.');
    const file = fs.readdirSync(session.dir).find((name) => name.endsWith('.seve-groupe')) ?? '';
    const choose = async () => {
      const chooser = page().waitForEvent('filechooser');
      await page().getByRole('button', { name: 'Importer un envoi…' }).click();
      await (await chooser).setFiles(path.join(session.dir, file));
    };
    await choose();
    await notice('Envoi de « AI du Val de Sèvre » du 26 novembre 2026 importé.');
    const overview = page().getByTestId('group-overview');
    await expect.poll(() => overview.textContent()).toContain('au 26 novembre 2026');
    expect(count('SELECT count(*) FROM group_snapshots')).toBe(1);
    await noViolations();
    await choose();
    await expect.poll(() => page().getByRole('alert').filter({ hasText: 'a déjà été importé' }).first().isVisible()).toBe(true);
    expect(count('SELECT count(*) FROM group_snapshots')).toBe(1);
    expect(session.pageErrors).toEqual([]);
  });

  it('extends the member’s NC to the other member and records its answer', async () => {
    await page().getByRole('button', { name: 'Étendre NC-2026-001 aux autres membres' }).click();
    await notice('NC-2026-001 est à étendre aux autres membres');
    const extension = page().getByTestId('extension-NC-2026-001');
    await expect.poll(() => extension.textContent()).toContain('ACI Les Jardins : réponse attendue');
    const form = page().getByRole('form', { name: 'Réponse de ACI Les Jardins pour NC-2026-001' });
    await form.getByText('Concerné', { exact: true }).click();
    await form.getByRole('textbox', { name: 'Action engagée' }).fill('Vérifier les fiches des trois derniers mois.');
    await form.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await notice('Réponse de « ACI Les Jardins » enregistrée.');
    await expect.poll(() => extension.textContent()).toContain('concerné, action : Vérifier les fiches des trois derniers mois.');
    expect(count('SELECT count(*) FROM group_extension_answers WHERE concerned = 1')).toBe(1);
    await noViolations();
    expect(session.pageErrors).toEqual([]);
  });

  it('records whom the body’s audit sampled and shows who is still due', async () => {
    const reference = count('SELECT reference FROM audits') as string;
    const form = page().getByRole('form', { name: `Échantillon de ${reference}` });
    await form.getByText('ACI Les Jardins', { exact: true }).click();
    await form.getByRole('button', { name: 'Enregistrer l’échantillon' }).click();
    await notice(`Échantillon de ${reference} enregistré.`);
    const members = page().getByTestId('sampling-members');
    const row = (name: string) => members.getByRole('row', { name: new RegExp(`^${name}`) });
    await expect.poll(() => row('ACI Les Jardins').textContent()).toContain(`Échantillonnééchantillonné à ${reference}`);
    await expect.poll(() => row('AI du Val de Sèvre').textContent()).toContain('À échantillonner');
    expect(await page().getByTestId(`sampling-${reference}`).textContent()).toContain('Membres échantillonnés : ACI Les Jardins');
    expect(count('SELECT count(*) FROM group_audit_samples')).toBe(1);
    await noViolations();
    expect(session.pageErrors).toEqual([]);
  });

  it('plans a cross-audit that is late, then records it done from its line', async () => {
    const plan = page().getByRole('form', { name: 'Planifier un audit croisé' });
    await choose(plan, page(), 'Membre de l’auditeur', 'ACI Les Jardins');
    await plan.getByRole('textbox', { name: 'Nom de l’auditeur' }).fill('Karim Benali');
    await choose(plan, page(), 'Membre audité', 'ETTI Tremplin');
    await typeDate(plan, page(), 'Prévu le', dayFromToday(-5).typed);
    await plan.getByRole('textbox', { name: 'Champ de l’audit' }).fill('Accueil et recrutement');
    await plan.getByRole('button', { name: 'Planifier un audit croisé' }).click();
    await notice('Audit croisé de « ETTI Tremplin » planifié.');
    const line = page().getByTestId(`cross-audit-${String(count('SELECT id FROM group_cross_audits'))}`);
    await expect.poll(() => line.textContent()).toContain('En retard');
    expect(await line.textContent()).toContain('Karim Benali (ACI Les Jardins)');
    await line.getByRole('button', { name: 'Enregistrer la réalisation' }).click();
    const done = page().getByRole('form', { name: /^Réalisation de l’audit croisé de ETTI Tremplin/ });
    await done.getByRole('textbox', { name: 'Conclusion' }).fill('Accueil maîtrisé, deux fiches à compléter.');
    await done.getByRole('button', { name: 'Enregistrer la réalisation' }).click();
    await notice('Audit croisé de « ETTI Tremplin » enregistré comme réalisé.');
    await expect.poll(() => line.textContent()).toContain('Réalisé');
    expect(await line.textContent()).toContain('Accueil maîtrisé, deux fiches à compléter.');
    expect(count("SELECT count(*) FROM group_cross_audits WHERE status = 'realise'")).toBe(1);
    await noViolations();
    expect(session.pageErrors).toEqual([]);
  });

  it('copies the request with its code, and shows a hand-typed answer as « saisie par le groupe »', async () => {
    const extension = page().getByTestId('extension-NC-2026-001');
    await expect.poll(() => extension.textContent()).toContain('EXT-1 · NC-2026-001');
    await expect.poll(() => extension.textContent()).toContain('saisie par le groupe');
    await page().context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page().getByRole('button', { name: 'Copier la demande EXT-1' }).click();
    await notice('Demande EXT-1 copiée');
    const copied = await page().evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('code EXT-1');
    expect(copied).toContain('NC-2026-001');
    expect(copied).toContain('Fiches de liaison non signées.');
    expect(session.pageErrors).toEqual([]);
  });

  it('records the group’s request and its answer on the member’s side, and its next snapshot brings it back explained', async () => {
    const person = count("SELECT id FROM people WHERE name = 'Amélie Durand'") as number;
    await session.call('actions.create', {
      origin: { source: 'autre', note: 'Demande du groupe' },
      fields: {
        openedOn: dayFromToday(-1).iso,
        type: 'preventive',
        description: 'Contrôler les fiches de liaison du mois.',
        ownerId: person,
        processId: null,
        dueDate: dayFromToday(30).iso,
        evidenceNotes: null,
      },
    });
    await page().getByRole('link', { name: 'Demandes du groupe' }).click();
    await page().getByRole('heading', { name: 'Demandes du groupe', level: 1 }).waitFor();
    const form = page().getByRole('form', { name: 'Enregistrer une demande' });
    await form.getByRole('textbox', { name: 'Code de la demande' }).fill('ext 1');
    await form.getByRole('textbox', { name: 'Référence de la non-conformité' }).fill('NC-2026-001');
    await form.getByRole('textbox', { name: 'Description' }).fill('Fiches de liaison non signées.');
    await form.getByRole('button', { name: 'Enregistrer une demande' }).click();
    await notice('Demande EXT-1 enregistrée');
    const answer = page().getByRole('form', { name: 'Réponse à EXT-1' });
    await answer.getByText('Concerné', { exact: true }).click();
    await answer.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await expect.poll(() => answer.textContent()).toContain('Choisissez l’action de votre plan d’actions');
    expect(count('SELECT count(*) FROM group_requests WHERE concerned IS NOT NULL')).toBe(0);
    await pickRecord(answer, page(), 'Action de votre plan', 'fiches liaison', 'ACT-2026-001');
    await answer.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await notice('Réponse à EXT-1 enregistrée');
    const request = page().getByTestId('request-EXT-1');
    await expect.poll(() => request.textContent()).toContain('Concerné : ACT-2026-001 — Contrôler les fiches de liaison du mois., À faire');
    expect(count('SELECT concerned FROM group_requests')).toBe(1);
    await noViolations();
    // This file is also the member where the NC was found: its own answer is shown apart, with why.
    await page().getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Groupe', exact: true }).click();
    const downloading = page().waitForEvent('download');
    await page().getByRole('button', { name: 'Envoyer au groupe' }).click();
    const saved = path.join(session.dir, 'second-envoi.seve-groupe');
    await (await downloading).saveAs(saved);
    const chooser = page().waitForEvent('filechooser');
    await page().getByRole('button', { name: 'Importer un envoi…' }).click();
    await (await chooser).setFiles(saved);
    await notice('1 réponse(s) non rattachée(s)');
    const unmatched = page().getByTestId('unmatched-answers');
    await expect
      .poll(() => unmatched.textContent())
      .toContain(
        'AI du Val de Sèvre, EXT-1 (NC-2026-001, réponse du 26 novembre 2026) : ce membre est celui où la non-conformité a été relevée.',
      );
    expect(count('SELECT count(*) FROM group_unmatched_answers')).toBe(1);
    expect(session.pageErrors).toEqual([]);
  });

  it('prints the group pack from the page, with the snapshot’s hash on its manifest page', async () => {
    await page().getByRole('button', { name: 'Dossier de groupe (PDF)' }).click();
    const downloadButton = page().getByRole('button', { name: 'Télécharger le PDF' });
    await downloadButton.waitFor({ timeout: 60_000 });
    const downloading = page().waitForEvent('download');
    await downloadButton.click();
    const pdfPath = path.join(session.dir, 'groupe.pdf');
    await (await downloading).saveAs(pdfPath);
    const pdf = await readPdf(pdfPath);
    const sha256 = count('SELECT sha256 FROM group_snapshots WHERE data IS NOT NULL') as string;
    expect(pdf.pages.join('').replace(/\s+/g, '')).toContain(sha256);
    expect(pdf.pages.join(' ')).toContain('concerné : Vérifier les fiches des trois derniers mois.');
    const text = pdf.pages.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('saisie par le groupe');
    expect(text).toContain('ce membre est celui où la non-conformité a été relevée');
    expect(text).toContain('Échantillonnage des membres');
    expect(text).toContain('Accueil maîtrisé, deux fiches à compléter.');
    expect(session.pageErrors).toEqual([]);
  });
});

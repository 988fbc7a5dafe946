import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { startBrowserMode, type BrowserModeServer } from './support/browserMode';
import { launchChromium } from './support/chromium';
import { dayFromToday } from './support/today';
import { choose, dialog, typeDate } from './support/ui';

type Finding = { id: number; status: string; nonconformity: { id: number; reference: string } | null };

describe('the nonconformity loop in browser mode, from an audit’s NC mineure to its closure', () => {
  let dir: string;
  let server: BrowserModeServer;
  let browser: Browser;
  let page: Page;
  let auditId: number;
  let nc: { id: number; reference: string };
  const pageErrors: string[] = [];
  const day = (offset: number) => dayFromToday(offset);

  const call = async <T = unknown>(method: string, input: unknown): Promise<T> => {
    const response = await fetch(`${server.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: boolean; value: T };
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result)}`);
    return result.value;
  };
  const notice = (text: string) => expect.poll(() => page.getByRole('status').filter({ hasText: text }).isVisible()).toBe(true);
  const status = (text: string) => expect.poll(() => page.getByTestId('nc-status').textContent()).toBe(text);
  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name, exact: true }).click();
  const noViolations = async () => expect(await accessibilityViolations(page)).toEqual([]);
  const actionCard = (reference: string) => page.getByRole('article', { name: new RegExp(`^${reference} `) });
  const actionReferences = async () =>
    (await call<{ actions: { reference: string }[] }>('nonconformities.get', { id: nc.id })).actions.map((a) => a.reference);

  /** An action typed in afterwards: opened on `opened`, as the quality lead writes it, not on the day it is typed. */
  const addAction = async (description: string, owner: string, opened: { typed: string }, due: { typed: string }) => {
    await page.getByRole('button', { name: 'Ajouter une action' }).click();
    await dialog(page).getByRole('textbox', { name: 'Description' }).fill(description);
    await choose(dialog(page), page, 'Responsable', owner);
    await typeDate(dialog(page), page, 'Ouverte le', opened.typed);
    await typeDate(dialog(page), page, 'Échéance', due.typed);
    await dialog(page).getByRole('button', { name: 'Ajouter une action' }).click();
    await expect.poll(() => dialog(page).count()).toBe(0);
  };
  const completeAction = async (reference: string, doneOn: { typed: string }) => {
    await actionCard(reference)
      .getByRole('button', { name: `Marquer réalisée l’action ${reference}` })
      .click();
    await typeDate(dialog(page), page, 'Réalisée le', doneOn.typed);
    await dialog(page).getByRole('textbox', { name: 'Preuves de réalisation (notes)' }).fill('Note de service diffusée à l’équipe.');
    await dialog(page).getByRole('button', { name: 'Marquer réalisée' }).click();
    await notice(`Action ${reference} réalisée.`);
  };
  const planCheck = async (plannedOn: { typed: string }, criterion: string) => {
    await page.getByRole('button', { name: /^(Planifier la vérification|Modifier la planification)$/ }).click();
    await typeDate(dialog(page), page, 'Date prévue', plannedOn.typed);
    await dialog(page).getByRole('textbox', { name: 'Critère d’efficacité' }).fill(criterion);
    await dialog(page).getByRole('button', { name: 'Enregistrer' }).click();
    await notice('Vérification planifiée.');
  };
  const giveVerdict = async (verdict: string, checkedOn: { typed: string }, comment: string) => {
    await page.getByRole('button', { name: 'Rendre le verdict' }).click();
    // "Efficace" is preselected (its option then reads "✓ Efficace").
    if (verdict !== 'Efficace') await choose(dialog(page), page, 'Verdict', verdict);
    await typeDate(dialog(page), page, 'Vérifiée le', checkedOn.typed);
    await choose(dialog(page), page, 'Vérifiée par', 'Karim Benali');
    await dialog(page).getByRole('textbox', { name: 'Constat de la vérification' }).fill(comment);
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Enregistrer' }).click();
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-nc-'));
    server = await startBrowserMode(path.join(dir, 'qualite.sqlite'));
    await call('people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' });
    await call('people.create', { name: 'Karim Benali', jobTitle: 'Directeur' });
    const audit = await call<{ id: number }>('audits.create', {
      type: 'surveillance',
      certificationId: null,
      title: 'Surveillance Cèdre ISO 9001',
      startDate: day(-61).iso,
      endDate: day(-60).iso,
      status: 'realise',
      leadAuditor: { personId: null, externalName: 'M. Lefèvre (AFNOR)' },
      auditors: [],
      auditeeIds: [],
      processIds: [],
      requirementIds: [],
      notes: null,
    });
    auditId = audit.id;
    const grades = await call<{ id: number; code: string }[]>('audits.grades', { auditId });
    const finding = await call<Finding>('audits.addFinding', {
      auditId,
      fields: {
        gradeId: grades.find((grade) => grade.code === 'nc_mineure')?.id,
        requirementId: null,
        processId: null,
        description: 'Les réclamations reçues ne sont ni enregistrées ni analysées.',
        evidence: 'Registre vide depuis mars.',
        responseDue: null,
        status: 'a_traiter',
      },
    });
    nc = finding.nonconformity ?? { id: 0, reference: '' };
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR', acceptDownloads: true });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds the NC opened by the audit in the register, opens it and records the correction', async () => {
    await nav('Non-conformités');
    await expect.poll(() => page.getByRole('link', { name: nc.reference }).isVisible()).toBe(true);
    await noViolations();
    await page.getByRole('link', { name: nc.reference }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(`${nc.reference} — Mineure`);
    expect(page.url()).toContain(`#/non-conformites/${nc.id}`);
    await status('À traiter');
    expect(await page.getByRole('region', { name: 'Fiche' }).textContent()).toContain('NC mineure de l’audit');

    await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await dialog(page).getByRole('textbox', { name: 'Correction' }).fill('Les 3 réclamations en souffrance ont reçu une réponse.');
    await choose(dialog(page), page, 'Faite par', 'Amélie Durand');
    await typeDate(dialog(page), page, 'Faite le', day(-58).typed);
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Enregistrer' }).click();
    await notice('Correction enregistrée.');
    await noViolations();
  });

  it('records a 5-pourquoi analysis with a retained root cause', async () => {
    await page.getByRole('button', { name: 'Analyser les causes' }).click();
    const first = dialog(page).getByRole('group', { name: 'Pourquoi n° 1' });
    await first.getByRole('textbox', { name: 'Pourquoi ?' }).fill('Pourquoi les réclamations ne sont-elles pas analysées ?');
    await first.getByRole('textbox', { name: 'Parce que…' }).fill('Personne n’est chargé de les suivre.');
    await dialog(page).getByRole('button', { name: 'Ajouter un pourquoi' }).click();
    const second = dialog(page).getByRole('group', { name: 'Pourquoi n° 2' });
    await second.getByRole('textbox', { name: 'Pourquoi ?' }).fill('Pourquoi personne n’en est chargé ?');
    await second.getByRole('textbox', { name: 'Parce que…' }).fill('La procédure ne désigne pas de référent réclamations.');
    await second.locator('label').filter({ hasText: 'Cause racine retenue' }).click();
    expect(await second.getByRole('checkbox', { name: 'Cause racine retenue' }).isChecked()).toBe(true);
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Enregistrer' }).click();
    await notice('Analyse enregistrée.');
    await status('En analyse');
    const analysis = page.getByRole('region', { name: 'Analyse des causes' });
    expect(await analysis.textContent()).toContain('La procédure ne désigne pas de référent réclamations. ★ Cause racine');
  });

  it('adds two corrective actions with owners and dates; closing now lists every missing condition', async () => {
    await addAction('Désigner un référent réclamations.', 'Amélie Durand', day(-55), day(-30));
    await addAction('Ajouter le registre des réclamations à la procédure.', 'Karim Benali', day(-55), day(-20));
    const [first, second] = await actionReferences();
    expect(await actionCard(first ?? '').textContent()).toContain('Amélie Durand');
    expect(await actionCard(second ?? '').textContent()).toContain('Karim Benali');
    await noViolations();

    await page.getByRole('button', { name: 'Clore la non-conformité' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'ne peut pas encore être close' });
    await expect.poll(() => alert.isVisible()).toBe(true);
    const items = await alert.getByRole('listitem').allTextContents();
    expect(items).toEqual([
      `Les actions ${first} (à faire) et ${second} (à faire) doivent être réalisées ou abandonnées avec un motif.`,
      'L’efficacité n’a pas été vérifiée : planifiez la vérification (date et critère) avec les actions, puis rendez le verdict.',
    ]);
    await status('En analyse');
    await noViolations();
  });

  it('plans the check, completes the actions with evidence, and a "non efficace" verdict sends it back to analysis', async () => {
    await planCheck(day(-10), 'Aucune réclamation sans réponse au-delà de 15 jours sur 2 mois.');
    await status('Actions en cours');
    const [first, second] = await actionReferences();
    const chooser = page.waitForEvent('filechooser');
    await actionCard(first ?? '')
      .getByRole('button', { name: 'Ajouter des fichiers' })
      .click();
    await (
      await chooser
    ).setFiles([{ name: 'Note de service référent.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') }]);
    await expect
      .poll(() =>
        actionCard(first ?? '')
          .getByRole('cell', { name: 'Note de service référent.pdf', exact: true })
          .isVisible(),
      )
      .toBe(true);
    await completeAction(first ?? '', day(-25));
    await completeAction(second ?? '', day(-15));
    await status('En vérification');
    await noViolations();

    await giveVerdict('Non efficace', day(-10), 'Deux réclamations d’octobre restées sans réponse.');
    await notice('Non efficace : la non-conformité revient à l’analyse.');
    await status('En analyse');
    expect(await page.getByRole('region', { name: 'Vérification de l’efficacité' }).textContent()).toContain('Non efficace');
  });

  it('with a new action and "efficace", closes the NC, lifts the audit finding, and shows the whole path on the timeline', async () => {
    await addAction('Relance hebdomadaire du registre par le référent.', 'Amélie Durand', day(-9), day(-5));
    await planCheck(day(-3), 'Registre à jour chaque semaine pendant un mois.');
    await status('Actions en cours');
    const third = (await actionReferences())[2] ?? '';
    await completeAction(third, day(-4));
    await giveVerdict('Efficace', day(0), 'Registre à jour, réponses sous 10 jours.');
    await notice(`Efficace : la non-conformité ${nc.reference} est close.`);
    await status('Close');
    expect(await page.getByRole('region', { name: 'Fiche' }).textContent()).toContain('constat levé');
    expect(await page.getByRole('region', { name: 'Clôture' }).textContent()).toContain('Close le');
    const [finding] = await call<Finding[]>('audits.findings', { auditId });
    expect(finding?.status).toBe('leve');

    const timeline = page.getByRole('region', { name: 'Historique' });
    const heads = (await timeline.locator('.timeline__head strong').allTextContents()).reverse();
    expect(heads).toEqual([
      'Création',
      'Correction enregistrée',
      'Analyse des causes',
      'Action ajoutée',
      'Action ajoutée',
      'Vérification de l’efficacité planifiée',
      'Fichier ajouté',
      'Avancement de l’action',
      'Avancement de l’action',
      'Verdict de la vérification de l’efficacité',
      'Action ajoutée',
      'Vérification de l’efficacité planifiée',
      'Avancement de l’action',
      'Verdict de la vérification de l’efficacité',
      'Non-conformité close',
    ]);
    expect(await timeline.textContent()).toContain('par ');
    await noViolations();

    await page
      .getByRole('region', { name: 'Fiche' })
      .getByRole('link', { name: /constat levé/ })
      .click();
    const findingCard = page.getByRole('article', { name: 'NC mineure' });
    await expect.poll(() => findingCard.textContent()).toContain('Levé');
    expect(await findingCard.getByRole('link', { name: new RegExp(nc.reference) }).getAttribute('href')).toBe(`#/non-conformites/${nc.id}`);
    expect(pageErrors).toEqual([]);
  });

  it('records a réclamation answered in 12 days, shows 12 days, and opens its NC in one step', async () => {
    await nav('Réclamations');
    await page.getByRole('button', { name: 'Nouvelle réclamation' }).click();
    await dialog(page).getByRole('textbox', { name: 'Émetteur' }).fill('Mairie de Saint-Aubin');
    await typeDate(dialog(page), page, 'Reçue le', day(-12).typed);
    await dialog(page).getByRole('textbox', { name: 'Objet' }).fill('Chantier d’espaces verts laissé inachevé.');
    await typeDate(dialog(page), page, 'Réponse attendue le', day(-2).typed);
    await typeDate(dialog(page), page, 'Répondue le', day(0).typed);
    await dialog(page).getByRole('textbox', { name: 'Réponse apportée' }).fill('Reprise du chantier la semaine suivante.');
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Créer' }).click();
    await expect.poll(() => page.getByTestId('response-days').textContent()).toBe('12 jours');
    await noViolations();

    await page.getByRole('button', { name: 'Ouvrir une non-conformité' }).click();
    await dialog(page).getByRole('button', { name: 'Ouvrir une non-conformité' }).click();
    await notice('Non-conformité');
    await status('À traiter');
    expect(await page.getByRole('region', { name: 'Fiche' }).textContent()).toContain('Réclamation REC-');

    await nav('Réclamations');
    const row = page.getByRole('row').filter({ hasText: 'Mairie de Saint-Aubin' });
    await expect.poll(() => row.textContent()).toContain('12 jours');
    expect(await row.textContent()).toContain('Répondue en retard');
    await noViolations();
  });

  it('captures a fiche d’amélioration and triages it as "non retenue"', async () => {
    await nav('Améliorations');
    await choose(page, page, 'Proposée par', 'Karim Benali');
    await page.getByRole('textbox', { name: 'Description' }).fill('Repeindre le local d’accueil.');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await notice('enregistrée.');
    await noViolations();
    await page.getByRole('button', { name: /^Trier la fiche FA-/ }).click();
    await choose(dialog(page), page, 'Suite donnée', 'Ne pas retenir');
    await dialog(page).getByRole('textbox', { name: 'Motif' }).fill('Prévu par le bailleur au printemps.');
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Ne pas retenir', exact: true }).click();
    await notice('triée.');
    expect(await page.getByRole('row').filter({ hasText: 'Repeindre' }).textContent()).toContain('Prévu par le bailleur');
  });

  it('lists every action in the plan and exports it as CSV for French Excel (BOM, “;”, accents intact)', async () => {
    await nav('Plan d’actions');
    const plan = page.getByRole('region', { name: 'Actions du plan' });
    // Open actions first: every one is finished here, so the plan says so and offers the others.
    await expect.poll(() => page.getByText('Aucune action ouverte', { exact: true }).isVisible()).toBe(true);
    await noViolations();
    await page.getByRole('button', { name: 'Afficher aussi les actions terminées' }).click();
    await expect.poll(() => plan.getByRole('row').count()).toBe(4);
    expect(await page.getByText('3 actions, toutes terminées', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Afficher aussi les actions terminées' }).isChecked()).toBe(true);
    await noViolations();
    const downloadEvent = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter en CSV' }).click();
    const saved = await downloadEvent;
    expect(saved.suggestedFilename()).toMatch(/^Plan d’actions \d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = fs.readFileSync((await saved.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '"Référence";"Origine";"Réf. origine";"Type";"Description";"Responsable";"Processus";"Échéance";"Statut";"En retard";"Réalisée le";"Motif d’abandon";"Preuves de réalisation"',
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain(`"Non-conformité";"${nc.reference}";"Corrective";"Désigner un référent réclamations.";"Amélie Durand"`);
    expect(lines[1]).toContain(`"${day(-30).typed.replace(/^(\d\d)(\d\d)/, '$1/$2/')}";"Réalisée";"Non"`);
    await notice('Export prêt');
    expect(pageErrors).toEqual([]);
  });
});

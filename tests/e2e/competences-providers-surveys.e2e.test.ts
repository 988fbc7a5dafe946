import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flatText, readPdf } from '../helpers/pdf';
import { answersCsv } from '../helpers/surveys';
import { findTemplate } from '../../shared/domain/indicator-templates';
import { callApi } from './support/api';
import { accessibilityViolations } from './support/axe';
import { startBrowserMode, type BrowserModeServer } from './support/browserMode';
import { launchChromium } from './support/chromium';
import { dayFromToday, E2E_TODAY } from './support/today';
import { choose, dialog, typeDate } from './support/ui';

const YEAR = E2E_TODAY.slice(0, 4);
const STAFF = ['Paul Bernard', 'Léa Moreau', 'Omar Haddad', 'Sophie Petit'];
const SURVEY = 'Enquête salariés en parcours';

describe('competence, providers and satisfaction surveys in browser mode', { timeout: 240_000 }, () => {
  let dir: string;
  let dbPath: string;
  let server: BrowserModeServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name, exact: true }).click();
  const notice = (text: string) => expect.poll(() => page.getByRole('status').filter({ hasText: text }).first().isVisible()).toBe(true);
  const noViolations = async () => expect(await accessibilityViolations(page)).toEqual([]);
  const query = (sql: string) => {
    const db = new Database(dbPath, { readonly: true });
    const value = db.prepare(sql).pluck().get();
    db.close();
    return value;
  };
  const tick = (scope: Page | Locator, label: string) => scope.locator('label').filter({ hasText: label }).first().click();
  /** Links the record whose page is open to a requirement, through the page's combobox. */
  const linkRequirement = async (number: string) => {
    await page.getByRole('combobox', { name: 'Lier une exigence' }).fill(number);
    await page
      .getByRole('option', { name: new RegExp(`^${number.replace(/\./g, '\\.')} `) })
      .first()
      .click();
    // The list closes after the choice and stays closed, so the confirmation shows.
    await expect.poll(() => page.getByText(`Exigence ${number} liée.`).isVisible()).toBe(true);
    expect(await page.getByRole('listbox').count()).toBe(0);
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-'));
    dbPath = path.join(dir, 'qualite.sqlite');
    server = await startBrowserMode(dbPath);
    // The directory, the competences catalogue and the satisfaction indicator are other screens' work.
    const rq = await callApi<{ id: number }>(server, 'people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' });
    for (const name of STAFF) await callApi(server, 'people.create', { name, jobTitle: 'Encadrant technique' });
    for (const [name, kind] of [
      ['Sauveteur secouriste du travail', 'habilitation'],
      ['CACES R489', 'habilitation'],
      ['Accompagnement socioprofessionnel', 'savoir_faire'],
    ] as const) {
      await callApi(server, 'competences.create', { name, kind });
    }
    const { code: templateCode, ...satisfactionTemplate } = findTemplate('satisfaction_salaries') ?? { code: '' };
    await callApi(server, 'indicators.create', {
      ...satisfactionTemplate,
      templateCode,
      target: 80,
      processId: null,
      ownerId: rq.id,
      firstPeriod: `${YEAR}-01-01`,
      entryDelayDays: 15,
      active: true,
    });
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

  it('describes three functions with the competences they require and who holds them', async () => {
    await nav('Compétences');
    await expect.poll(() => page.getByText('Aucune fonction').first().isVisible()).toBe(true);
    await noViolations();
    const functions: [string, string[], string[]][] = [
      ['Encadrant technique', ['Sauveteur secouriste du travail', 'CACES R489'], ['Paul Bernard', 'Léa Moreau']],
      ['Accompagnateur socioprofessionnel', ['Accompagnement socioprofessionnel'], ['Omar Haddad']],
      ['Chargé de relations entreprises', ['Sauveteur secouriste du travail'], ['Sophie Petit']],
    ];
    for (const [name, competences, holders] of functions) {
      await nav('Compétences');
      await page.getByRole('button', { name: 'Nouvelle fonction' }).click();
      await dialog(page).getByRole('textbox', { name: /^Nom/ }).fill(name);
      for (const label of [...competences, ...holders]) await tick(dialog(page), label);
      if (name === 'Encadrant technique') await noViolations();
      await dialog(page).getByRole('button', { name: 'Créer' }).click();
      await notice(`Fonction « ${name} » enregistrée.`);
    }
    // The function's page: linked to §7.2 for the coverage.
    await linkRequirement('7.2');
    expect(query("SELECT count(*) FROM requirement_links WHERE entity = 'job_function'")).toBe(1);
    await noViolations();
  });

  it('records trainings of four people; the habilitation lapsing in 20 days shows in À faire', async () => {
    const inTwenty = dayFromToday(20);
    const trainings: { person: string; title: string; competence: string; done: string; expires?: string }[] = [
      {
        person: 'Paul Bernard',
        title: 'SST initial',
        competence: 'Sauveteur secouriste du travail',
        done: dayFromToday(-710).typed,
        expires: inTwenty.typed,
      },
      {
        person: 'Léa Moreau',
        title: 'CACES chariot',
        competence: 'CACES R489',
        done: dayFromToday(-200).typed,
        expires: dayFromToday(1600).typed,
      },
      {
        person: 'Omar Haddad',
        title: 'Entretien motivationnel',
        competence: 'Accompagnement socioprofessionnel',
        done: dayFromToday(-60).typed,
      },
      {
        person: 'Sophie Petit',
        title: 'SST initial',
        competence: 'Sauveteur secouriste du travail',
        done: dayFromToday(-30).typed,
        expires: dayFromToday(700).typed,
      },
    ];
    await nav('Formations');
    await expect.poll(() => page.getByText('Aucune formation').first().isVisible()).toBe(true);
    await noViolations();
    for (const [index, t] of trainings.entries()) {
      await nav('Formations');
      await page.getByRole('button', { name: 'Nouvelle formation' }).click();
      const form = dialog(page);
      await choose(form, page, 'Personne', t.person);
      await form.getByRole('textbox', { name: /^Intitulé/ }).fill(t.title);
      await choose(form, page, 'Compétence acquise', t.competence);
      await typeDate(form, page, 'Réalisée le', t.done);
      if (t.expires) await typeDate(form, page, 'Échéance (habilitation)', t.expires);
      if (index === 0) {
        // An expiry before the training: the French message names both dates, nothing is written.
        await typeDate(form, page, 'Échéance (habilitation)', dayFromToday(-720).typed);
        await form.getByRole('button', { name: 'Créer' }).click();
        await expect
          .poll(() =>
            form
              .getByText(/doit venir après la formation qui la donne/)
              .first()
              .isVisible(),
          )
          .toBe(true);
        expect(query('SELECT count(*) FROM trainings')).toBe(0);
        await noViolations();
        await typeDate(form, page, 'Échéance (habilitation)', t.expires ?? '');
      }
      await form.getByRole('button', { name: 'Créer' }).click();
      await notice(`Formation « ${t.title} » enregistrée.`);
      if (index === 0) {
        await linkRequirement('7.2');
        await noViolations();
      }
    }
    expect(query('SELECT count(DISTINCT person_id) FROM trainings')).toBe(4);

    await nav('Formations');
    await choose(page, page, 'Année du plan', YEAR);
    await expect.poll(() => page.getByTestId('training-plan').textContent()).toContain(`Plan de formation ${YEAR}`);
    await nav('Compétences');
    const matrix = page.getByRole('region', { name: 'Matrice : Encadrant technique' });
    await expect.poll(() => matrix.getByRole('row', { name: /Paul Bernard/ }).textContent()).toContain('Expire bientôt');
    expect(await matrix.getByRole('row', { name: /Léa Moreau/ }).textContent()).toContain('Manquante');
    const byPerson = page.getByRole('region', { name: /^Par personne/ });
    expect(await byPerson.getByRole('row', { name: /Léa Moreau/ }).textContent()).toContain('Sauveteur secouriste du travail');
    await noViolations();

    await nav('À faire');
    const item = page.getByRole('link', { name: /Renouveler « SST initial » de Paul Bernard avant son échéance/ });
    await expect.poll(() => item.isVisible()).toBe(true);
    expect(await page.getByText('Renouveler « SST initial » de Sophie Petit').count()).toBe(0);
  });

  it('registers three providers, evaluates them, and a poor result leads to an action of the plan', async () => {
    const providers: [string, string, number][] = [
      ['Formapro 38', 'Formations SST et CACES', 1],
      ['Intérim Solidaire', 'Placement des salariés en fin de parcours', 3],
      ['Espaces Verts Services', 'Sous-traitance de chantiers', 4],
    ];
    await nav('Prestataires');
    await expect.poll(() => page.getByText('Aucun prestataire').first().isVisible()).toBe(true);
    await noViolations();
    for (const [name, supplies, score] of providers) {
      await nav('Prestataires');
      await page.getByRole('button', { name: 'Nouveau prestataire' }).click();
      await dialog(page).getByRole('textbox', { name: /^Nom/ }).fill(name);
      await dialog(page)
        .getByRole('textbox', { name: /^Ce qu’il fournit/ })
        .fill(supplies);
      await dialog(page).getByRole('button', { name: 'Créer' }).click();
      await notice(`« ${name} » ajouté au registre.`);
      await page.getByRole('button', { name: 'Évaluer' }).click();
      const form = dialog(page);
      await choose(form, page, 'Évalué par', 'Amélie Durand');
      for (const criterion of [
        'Qualité de la prestation',
        'Respect des délais',
        'Respect des exigences convenues',
        'Communication et réactivité',
      ]) {
        await choose(form, page, criterion, `${score} — ${['Insuffisant', 'À améliorer', 'Satisfaisant', 'Très satisfaisant'][score - 1]}`);
      }
      if (score === 1) {
        await form.getByRole('textbox', { name: /^Commentaire/ }).fill('Deux sessions annulées la veille.');
        await noViolations();
      }
      await form.getByRole('button', { name: 'Enregistrer' }).click();
      await notice('Évaluation enregistrée');
      if (score === 1) await linkRequirement('8.4');
    }
    expect(query("SELECT group_concat(result, ' ') FROM (SELECT result FROM provider_evaluations ORDER BY id)")).toBe(
      'insuffisant satisfaisant satisfaisant',
    );

    await nav('Prestataires');
    await page.getByRole('link', { name: 'Formapro 38' }).click();
    await expect.poll(() => page.getByText('Aucune suite pour l’instant').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Décider une action' }).click();
    const form = dialog(page);
    await form.getByRole('textbox', { name: /^Description/ }).fill('Rencontrer Formapro 38 et exiger un préavis de 15 jours');
    await choose(form, page, 'Responsable', 'Amélie Durand');
    await typeDate(form, page, 'Échéance', dayFromToday(30).typed);
    await form.getByRole('button', { name: 'Créer' }).click();
    await notice(`Action ACT-${YEAR}-001 ajoutée au plan.`);
    await expect.poll(() => page.getByRole('link', { name: `ACT-${YEAR}-001` }).isVisible()).toBe(true);
    await noViolations();
    expect(query("SELECT source FROM actions WHERE reference = 'ACT-" + YEAR + "-001'")).toBe('evaluation_prestataire');
    await nav('Plan d’actions');
    await expect.poll(() => page.getByText('Rencontrer Formapro 38').isVisible()).toBe(true);
  });

  it('imports a survey of 25 answers from a CSV, its 2 bad lines reported, and its rate feeds the indicator', async () => {
    await nav('Enquêtes de satisfaction');
    await expect.poll(() => page.getByText('Aucune enquête').first().isVisible()).toBe(true);
    await noViolations();
    await page.getByRole('button', { name: 'Nouvelle campagne' }).click();
    const form = dialog(page);
    await form.getByRole('textbox', { name: /^Intitulé/ }).fill(SURVEY);
    await typeDate(form, page, 'Ouverte le', dayFromToday(-40).typed);
    await typeDate(form, page, 'Close le', dayFromToday(-5).typed);
    await choose(form, page, 'Indicateur de satisfaction alimenté', 'Satisfaction des salariés en insertion');
    await form.getByRole('button', { name: 'Créer' }).click();
    await notice(`Campagne « ${SURVEY} » créée.`);
    const questions: [string, 'Échelle' | 'Oui ou non' | 'Texte libre'][] = [
      ['Êtes-vous satisfait de l’accueil ?', 'Échelle'],
      ['Êtes-vous satisfait de l’accompagnement ?', 'Échelle'],
      ['Recommanderiez-vous la structure ?', 'Oui ou non'],
      ['Une remarque ?', 'Texte libre'],
    ];
    for (const [text, kind] of questions) {
      await page.getByRole('textbox', { name: /^Question/ }).fill(text);
      if (kind !== 'Échelle') await choose(page, page, 'Type', kind);
      await page.getByRole('button', { name: 'Ajouter la question' }).click();
      await expect.poll(() => page.getByRole('list', { name: 'Questions' }).getByText(text).isVisible()).toBe(true);
    }
    await noViolations();

    await page.getByRole('button', { name: 'Importer un fichier' }).click();
    await dialog(page)
      .locator('input[type=file]')
      .setInputFiles({
        name: 'reponses-formulaire.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(answersCsv(25, dayFromToday(-10).iso)),
      });
    await expect.poll(() => page.getByTestId('import-preview').textContent()).toBe('27 ligne(s) lue(s) : 25 à importer, 2 refusée(s).');
    const refused = dialog(page).getByRole('region', { name: 'Lignes refusées (elles ne seront pas importées)' });
    expect(await refused.textContent()).toContain(
      'Ligne 5 : « 6 » n’est pas sur l’échelle de 1 à 4 pour « Êtes-vous satisfait de l’accueil ? ».',
    );
    expect(await refused.textContent()).toContain(
      'Ligne 9 : « Peut-être » n’est ni oui ni non pour « Recommanderiez-vous la structure ? ».',
    );
    expect(query('SELECT count(*) FROM survey_responses')).toBe(0);
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Importer 25 réponses' }).click();
    await notice('25 réponse(s) importée(s) ; 2 ligne(s) refusée(s).');
    expect(query('SELECT count(*) FROM survey_responses')).toBe(25);
    await expect.poll(() => page.getByTestId('survey-rate').textContent()).toContain('80 %');
    expect(await page.getByTestId('survey-indicator').textContent()).toContain(`Satisfaction des salariés en insertion » : ${YEAR}, 80 %`);
    expect(await page.getByRole('table', { name: 'Résultats de « Êtes-vous satisfait de l’accueil ? »' }).textContent()).toContain('420');
    await noViolations();
    await linkRequirement('9.1.2');
    expect(query(`SELECT value FROM measurements WHERE period_start = '${YEAR}-01-01'`)).toBe(80);
  });

  it('shows them in the management review’s inputs and in the evidence pack, whose coverage counts them', async () => {
    await nav('Revue de direction');
    await page.getByRole('link', { name: 'Nouvelle revue' }).click();
    await page.getByRole('button', { name: `Année ${YEAR}` }).click();
    await page.locator('label').filter({ hasText: 'Amélie Durand (Responsable qualité)' }).click();
    await page.getByRole('button', { name: 'Créer' }).click();
    await notice('Revue créée');
    await expect
      .poll(() => page.getByTestId('inputs-surveys').textContent())
      .toContain(`${SURVEY} (Salariés en parcours) : 25 réponse(s), satisfaction 80 %`);
    expect(await page.getByTestId('inputs-providers').textContent()).toContain('Formapro 38');
    expect(await page.getByTestId('inputs-providers').textContent()).toContain('Insuffisant — 1 suite(s) donnée(s)');
    await noViolations();

    await nav('Dossier de preuves');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Dossier de preuves' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Générer le PDF' }).click();
    const downloadButton = page.getByRole('button', { name: 'Télécharger le PDF' });
    await downloadButton.waitFor({ timeout: 60_000 });
    const downloadEvent = page.waitForEvent('download');
    await downloadButton.click();
    const pdfPath = path.join(dir, 'dossier.pdf');
    await (await downloadEvent).saveAs(pdfPath);
    const pdf = await readPdf(pdfPath);
    const titles = pdf.outline.map((entry) => entry.title);
    for (const title of [
      'Compétences et formations (§ 7.2)',
      'Prestataires externes et partenaires (§ 8.4)',
      'Enquêtes de satisfaction (§ 9.1.2)',
      SURVEY,
    ]) {
      expect(titles).toContain(title);
    }
    const text = flatText(pdf.pages);
    expect(text).toMatch(/7\.2 Compétences Fonction « Chargé de relations entreprises » Formation « SST initial » \(Paul Bernard\) Étayée/);
    expect(text).toMatch(/8\.4 Maîtrise des processus.{0,100} Prestataire « Formapro 38 » Étayée/);
    expect(text).toMatch(/9\.1\.2 Satisfaction du client .{0,80} Enquête « Enquête salariés en parcours » Étayée/);
    expect(text).toContain(`ACT-${YEAR}-001`);
    expect(text).toContain('Taux de satisfaction 80 % (60 réponses satisfaites sur 75)');
    // Staff are named; the people who answered are not, nor their e-mail addresses.
    expect(text).toContain('Paul Bernard');
    expect(text).not.toContain('@exemple.fr');
    expect(pageErrors).toEqual([]);
  });
});

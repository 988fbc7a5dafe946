import { openE2eSession, type E2eSession } from './support/session';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/pdf';
import { callApi } from './support/api';
import { accessibilityViolations } from './support/axe';
import { type BrowserModeServer } from './support/browserMode';
import { findTemplate } from '../../shared/domain/indicator-templates';
import { dayFromToday, E2E_TODAY } from './support/today';
import { choose, dialog, typeDate } from './support/ui';

/** Last calendar year: its four quarters are over, whatever day the test runs. */
const YEAR = Number(E2E_TODAY.slice(0, 4)) - 1;
const INDICATOR = 'Taux de sorties dynamiques';
const DECISIONS = ['Former les encadrants à l’entretien de bilan de sortie.', 'Créer un partenariat avec deux agences d’intérim.'];

describe('indicators and the management review in browser mode', () => {
  let dir: string;
  let dbPath: string;
  let server: BrowserModeServer;
  let page: Page;
  let indicatorUrl = '';
  let pageErrors: string[] = [];
  let session: E2eSession;

  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name, exact: true }).click();
  const notice = (text: string) => expect.poll(() => page.getByRole('status').filter({ hasText: text }).first().isVisible()).toBe(true);
  const noViolations = async () => expect(await accessibilityViolations(page)).toEqual([]);
  const count = (sql: string) => {
    const db = new Database(dbPath, { readonly: true });
    const value = db.prepare(sql).pluck().get();
    db.close();
    return value;
  };

  beforeAll(async () => {
    session = await openE2eSession({ name: 'test', goto: false });
    ({ dir, dbPath, server, page, pageErrors } = session);
    // What the review reads but this test does not drive: people, an external audit with an NC mineure (it opens
    // its nonconformity), an internal audit with a piste de progrès, a réclamation answered in ten days.
    await callApi(server, 'people.create', { name: 'Claire Martin', jobTitle: 'Directrice' });
    await callApi(server, 'people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' });
    for (const [type, startDate, code] of [
      ['etape_2', `${YEAR}-03-02`, 'nc_mineure'],
      ['interne', `${YEAR}-05-12`, 'piste_progres'],
    ] as const) {
      const audit = await callApi<{ id: number }>(server, 'audits.create', {
        type,
        certificationId: null,
        title: null,
        startDate,
        endDate: startDate,
        status: 'realise',
        leadAuditor: { personId: null, externalName: 'M. Lefèvre' },
        auditors: [],
        auditeeIds: [],
        processIds: [],
        requirementIds: [],
        notes: null,
      });
      const grades = await callApi<{ id: number; code: string }[]>(server, 'audits.grades', { auditId: audit.id });
      await callApi(server, 'audits.addFinding', {
        auditId: audit.id,
        fields: {
          gradeId: grades.find((grade) => grade.code === code)?.id,
          requirementId: null,
          processId: null,
          description: code === 'nc_mineure' ? 'Les bilans de sortie ne sont pas tracés.' : 'Afficher les indicateurs à l’équipe.',
          evidence: null,
          responseDue: null,
          status: 'a_traiter',
        },
      });
    }
    await callApi(server, 'complaints.create', {
      complainantKind: 'client',
      complainant: 'Mairie de Saint-Aubin',
      receivedOn: `${YEAR}-06-02`,
      channel: 'courriel',
      subject: 'Chantier d’espaces verts laissé inachevé.',
      processId: null,
      handledById: null,
      responseDue: `${YEAR}-06-17`,
      respondedOn: `${YEAR}-06-12`,
      response: 'Reprise du chantier le 15 juin.',
    });
    await page.goto(server.url);
  });

  afterAll(() => session?.close());

  it('creates "Taux de sorties dynamiques" from its template with the 60 % target', async () => {
    await nav('Indicateurs');
    await expect.poll(() => page.getByText('Aucun indicateur pour l’instant').isVisible()).toBe(true);
    await noViolations();
    await page.getByRole('link', { name: 'Nouvel indicateur' }).click();
    await page.getByRole('button', { name: new RegExp(`^${INDICATOR}`) }).click();
    await expect.poll(() => page.getByRole('textbox', { name: /^Nom\b/ }).inputValue()).toBe(INDICATOR);
    expect(await page.getByRole('textbox', { name: 'Cible' }).inputValue()).toBe('60');
    await choose(page, page, 'Responsable', 'Claire Martin');
    await page.getByRole('textbox', { name: 'Seuil d’alerte' }).fill('50');
    await choose(page, page, 'Première période suivie', `T1 ${YEAR}`);
    await noViolations();
    await page.getByRole('button', { name: 'Créer' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: INDICATOR }).isVisible()).toBe(true);
    await notice(`Indicateur « ${INDICATOR} » créé.`);
    indicatorUrl = page.url();
  });

  it('enters four quarterly measurements from the three parts, one below the threshold, and refuses bad ones', async () => {
    const measure = async (quarter: number, parts: [number, number, number], exits: number) => {
      // The select's name is its value then its label ("T1 2026 Période"); other buttons mention "période" too.
      await page.getByRole('button', { name: /Période\W*$/ }).click();
      // The option already chosen reads "✓ T1 2026".
      await page.getByRole('option', { name: new RegExp(`T${quarter} ${YEAR}$`) }).click();
      for (const [index, label] of ['Emploi durable', 'Emploi de transition', 'Sorties positives'].entries()) {
        await page.getByRole('textbox', { name: label }).fill(String(parts[index]));
      }
      await page.getByRole('textbox', { name: 'Sorties de la période' }).fill(String(exits));
      await page.getByRole('textbox', { name: 'Sorties de la période' }).blur();
      await page.getByRole('button', { name: 'Enregistrer la mesure' }).click();
    };
    await measure(1, [5, 4, 3], 20);
    await notice(`Mesure de T1 ${YEAR} enregistrée.`);
    await measure(2, [3, 2, 4], 20);
    await notice(`Mesure de T2 ${YEAR} enregistrée.`);
    await measure(3, [6, 3, 4], 20);
    await notice(`Mesure de T3 ${YEAR} enregistrée.`);
    await measure(4, [6, 4, 3], 20);
    await notice(`Mesure de T4 ${YEAR} enregistrée.`);

    // A rate whose parts add up to more than its denominator: a French message under the parts, nothing sent.
    const sent: string[] = [];
    const listen = (request: { url: () => string }) => {
      if (request.url().endsWith('/api/indicators.addMeasurement')) sent.push(request.url());
    };
    page.on('request', listen);
    await measure(1, [15, 4, 3], 20);
    await expect.poll(() => page.getByText('Le numérateur (22) ne peut pas dépasser le dénominateur (20).').first().isVisible()).toBe(true);
    page.off('request', listen);
    expect(sent).toEqual([]);
    // A period already measured: asked, not overwritten.
    await measure(1, [5, 4, 4], 20);
    await expect.poll(() => dialog(page).getByRole('heading', { name: 'Remplacer la mesure existante ?' }).isVisible()).toBe(true);
    expect(await dialog(page).textContent()).toContain(`Une mesure existe déjà pour T1 ${YEAR} (60`);
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Garder l’existante' }).click();
    expect(count("SELECT group_concat(value, ' ') FROM (SELECT value FROM measurements ORDER BY period_start)")).toBe(
      '60.0 45.0 65.0 65.0',
    );
  });

  it('refuses a numerator above its denominator on the numerator’s field as it is typed, before sending anything', async () => {
    const { code: templateCode, ...template } = findTemplate('emploi_durable') ?? { code: '' };
    const [owner] = await callApi<{ id: number }[]>(server, 'people.list', {});
    const created = await callApi<{ id: number }>(server, 'indicators.create', {
      ...template,
      templateCode,
      processId: null,
      ownerId: owner?.id,
      firstPeriod: `${YEAR}-01-01`,
      entryDelayDays: 15,
      active: true,
    });
    const sent: string[] = [];
    const listen = (request: { url: () => string }) => {
      if (request.url().endsWith('/api/indicators.addMeasurement')) sent.push(request.url());
    };
    page.on('request', listen);
    await page.goto(`${server.url}#/indicateurs/${created.id}`);
    const numerator = page.getByRole('textbox', { name: 'Sorties en emploi durable' });
    await numerator.fill('12');
    await numerator.blur();
    const denominator = page.getByRole('textbox', { name: 'Sorties de la période' });
    await denominator.fill('10');
    await denominator.blur();
    // On the numerator's own field, in French, while typing: no need to press « Enregistrer ».
    const message = 'Le numérateur (12) ne peut pas dépasser le dénominateur (10).';
    await expect.poll(() => numerator.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await numerator.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(descriptions).toContain(message);
    await noViolations();
    await page.getByRole('button', { name: 'Enregistrer la mesure' }).click();
    await expect.poll(() => page.getByText(message).first().isVisible()).toBe(true);
    page.off('request', listen);
    expect(sent).toEqual([]);
    expect(count(`SELECT count(*) FROM measurements WHERE indicator_id = ${created.id}`)).toBe(0);
    // Corrected, it is sent and saved.
    await numerator.fill('3');
    // Leaving the field takes the message away (the button moves up): leave it before pressing the button.
    await numerator.blur();
    await expect.poll(() => numerator.getAttribute('aria-invalid')).toBe(null);
    await page.getByRole('button', { name: 'Enregistrer la mesure' }).click();
    await notice(`Mesure de T1 ${YEAR} enregistrée.`);
    expect(count(`SELECT value FROM measurements WHERE indicator_id = ${created.id}`)).toBe(30);
    await page.goto(indicatorUrl);
  });

  it('draws the chart with the target line and the low point, and says the same in words', async () => {
    const chart = page.getByTestId('indicator-chart');
    await expect.poll(() => chart.getByTestId('chart-target').textContent()).toBe('Cible 60\u202F%');
    expect(await chart.getByTestId('chart-threshold').textContent()).toBe('Seuil 50\u202F%');
    const lowest = chart.getByTestId('chart-lowest');
    expect(await lowest.getAttribute('class')).toContain('indicator-chart__point--non_atteint');
    expect(await lowest.textContent()).toContain('45\u202F%');
    expect(await chart.locator('figcaption').textContent()).toContain(`Plus bas : 45\u202F% (T2 ${YEAR}, non atteint)`);
    expect(await page.getByRole('img', { name: new RegExp(`^${INDICATOR} : 4 mesures`) }).isVisible()).toBe(true);
    await noViolations();
    await page.getByTestId('indicator-chart').screenshot({ path: path.join(dir, 'chart.png') });

    await page.getByRole('button', { name: 'Modifier' }).click();
    const editor = page.getByRole('region', { name: 'Modifier l’indicateur' });
    await expect.poll(() => editor.getByRole('textbox', { name: /^Nom\b/ }).inputValue()).toBe(INDICATOR);
    await noViolations();
    await editor.getByRole('button', { name: 'Annuler' }).click();

    await nav('Indicateurs');
    const tile = page.getByRole('listitem').filter({ hasText: INDICATOR });
    await expect.poll(() => tile.textContent()).toContain('Atteint');
    expect(await tile.textContent()).toContain(`65\u202F% (T4 ${YEAR})`);
    await noViolations();

    // A quality objective followed by this indicator.
    await page.getByRole('link', { name: 'Objectifs qualité' }).click();
    await expect.poll(() => page.getByText('Aucun objectif qualité').first().isVisible()).toBe(true);
    await noViolations();
    await page.getByRole('button', { name: 'Nouvel objectif' }).click();
    await dialog(page)
      .getByRole('textbox', { name: /^Objectif/ })
      .fill('Atteindre 60 % de sorties dynamiques chaque trimestre');
    await choose(dialog(page), page, 'Responsable', 'Claire Martin');
    await typeDate(dialog(page), page, 'Échéance', `3112${YEAR + 1}`);
    await dialog(page).locator('label').filter({ hasText: INDICATOR }).click();
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Créer' }).click();
    await notice('Objectif créé.');
    const row = page.getByRole('row').filter({ hasText: 'Atteindre 60 %' });
    expect(await row.textContent()).toContain(INDICATOR);
    expect(await row.textContent()).toContain('Atteint');
  });

  it('prepares the management review of the year: audits, NCs, réclamations and the indicator listed without typing', async () => {
    await nav('Revue de direction');
    await expect.poll(() => page.getByText('Aucune revue de direction').isVisible()).toBe(true);
    await noViolations();
    await page.getByRole('link', { name: 'Nouvelle revue' }).click();
    await page.getByRole('button', { name: `Année ${YEAR}` }).click();
    // React Aria hides the native checkbox behind its label, which is what a person clicks.
    for (const name of ['Claire Martin (Directrice)', 'Amélie Durand (Responsable qualité)']) {
      await page.locator('label').filter({ hasText: name }).click();
      expect(await page.getByRole('checkbox', { name }).isChecked()).toBe(true);
    }
    await page.getByRole('textbox', { name: 'Évolutions du contexte et des enjeux' }).fill('Nouveau marché d’entretien avec la commune.');
    await noViolations();
    await page.getByRole('button', { name: 'Créer' }).click();
    await notice('Revue créée');

    const audits = page.getByTestId('inputs-audits');
    await expect.poll(() => audits.textContent()).toContain(`AUD-${YEAR}-01`);
    expect(await audits.textContent()).toContain('NC mineure 1');
    expect(await audits.textContent()).toContain(`AUD-${YEAR}-02`);
    expect(await audits.textContent()).toContain('Piste de progrès 1');
    expect(await page.getByTestId('inputs-nonconformities').textContent()).toContain(`NC-${YEAR}-001`);
    expect(await page.getByTestId('inputs-complaints').textContent()).toContain(`REC-${YEAR}-001`);
    const indicators = page.getByTestId('inputs-indicators').last();
    expect(await indicators.textContent()).toContain(INDICATOR);
    expect(await indicators.textContent()).toContain(`T2 ${YEAR} : 45\u202F%`);
    await noViolations();
  });

  it('records two decisions as actions, which land in the action plan and the agenda', async () => {
    const due = dayFromToday(30);
    for (const [index, text] of DECISIONS.entries()) {
      await page.getByRole('textbox', { name: 'Décision' }).fill(text);
      await choose(page, page, 'Responsable de l’action', index === 0 ? 'Amélie Durand' : 'Claire Martin');
      await typeDate(page, page, 'Échéance de l’action', due.typed);
      await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
      await notice(`l’action ACT-${E2E_TODAY.slice(0, 4)}-00${index + 1} est dans le plan d’actions`);
    }
    const decisions = page.getByTestId('decisions');
    expect(await decisions.getByRole('listitem').count()).toBe(2);
    expect(await decisions.textContent()).toContain('À faire');
    await noViolations();
    expect(count("SELECT count(*) FROM actions WHERE source = 'revue_direction'")).toBe(2);

    await nav('Plan d’actions');
    const plan = page.getByRole('region', { name: 'Actions du plan' });
    for (const text of DECISIONS) await expect.poll(() => plan.getByText(text).isVisible()).toBe(true);

    await nav('À faire');
    for (const text of DECISIONS) await expect.poll(() => page.getByText(text).first().isVisible()).toBe(true);
  });

  it('downloads the minutes PDF, which pdf.js reads with the indicator, the decisions and the participants', async () => {
    await nav('Revue de direction');
    await page.getByRole('region', { name: 'Revues de direction' }).getByRole('link').first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: /^Revue de direction du / }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Compte rendu PDF' }).click();
    const downloadButton = page.getByRole('button', { name: 'Télécharger le PDF' });
    await downloadButton.waitFor({ timeout: 30_000 });
    await noViolations();
    const downloadEvent = page.waitForEvent('download');
    await downloadButton.click();
    const saved = await downloadEvent;
    expect(saved.suggestedFilename()).toMatch(/^Revue de direction – \d{4}-\d{2}-\d{2}\.pdf$/);
    const pdfPath = path.join(dir, 'revue.pdf');
    await saved.saveAs(pdfPath);
    const text = (await readPdf(pdfPath)).pages
      .join('\n')
      .replace(/[\u202F\u00A0]/g, ' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain(INDICATOR);
    expect(text).toContain(`T2 ${YEAR} : 45 %`);
    for (const decision of DECISIONS) expect(text).toContain(decision);
    expect(text).toContain('Claire Martin (Directrice)');
    expect(text).toContain('Amélie Durand (Responsable qualité)');
  });

  it('keeps the indicator page reachable from the review, with no page error', async () => {
    await page.goto(indicatorUrl);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: INDICATOR }).isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});

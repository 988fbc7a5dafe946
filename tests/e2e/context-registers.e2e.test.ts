import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flatText, readPdf } from '../helpers/pdf';
import { accessibilityViolations } from './support/axe';
import { openE2eSession, type E2eSession } from './support/session';
import { dayFromToday } from './support/today';
import { choose, dialog, typeDate } from './support/ui';

/**
 * The structure's context, its interested parties, its risks and opportunities and its watch, typed
 * in their screens in browser mode: 4 issues, 6 parties, 5 risks (two treated by actions, one
 * re-evaluated lower once its action is done), 2 watch sources and 3 items. À faire shows the
 * reviews due, the management review lists the risks and their treatment, the pack prints the
 * registers and the risk map, and the coverage counts them for 4.1, 4.2 and 6.1. The records the
 * screens are not being tried on are written through the contract, as the page would; every date
 * derives from the day browser mode was started on (`--today`).
 */
describe('the context registers in browser mode', () => {
  let session: E2eSession;
  let page: Page;
  let director: { id: number; name: string };
  let quality: { id: number; name: string };
  const day = (days: number) => dayFromToday(days);
  const go = (route: string) => page.goto(`${session.server.url}#${route}`);
  const notice = (text: string) => expect.poll(() => page.getByRole('status').filter({ hasText: text }).count()).toBeGreaterThan(0);
  const noViolations = async () => expect(await accessibilityViolations(page)).toEqual([]);
  const count = (sql: string): unknown => {
    const db = new Database(session.dbPath, { readonly: true });
    try {
      return db.prepare(sql).pluck().get();
    } finally {
      db.close();
    }
  };
  const call = <T = unknown>(method: string, input: unknown) => session.call<T>(method, input);

  beforeAll(async () => {
    session = await openE2eSession({ name: 'context', goto: false });
    page = session.page;
    director = await call('people.create', { name: 'Claire Martin', jobTitle: 'Directrice' });
    quality = await call('people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' });
    await call('processes.create', { name: 'Accompagnement socioprofessionnel', kind: 'realisation', pilotId: quality.id });
    await page.goto(session.server.url);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('answers the climate question, records issues (refusing a review before the issue), and groups them SWOT or PESTEL', async () => {
    await go('/contexte');
    await page.getByRole('heading', { level: 1, name: 'Contexte de l’organisme' }).waitFor();
    expect(await page.getByTestId('climate-answer').textContent()).toBe('Pas encore de réponse.');
    await page.getByRole('button', { name: 'Répondre' }).click();
    await choose(dialog(page), page, 'Réponse', 'Oui, c’est un enjeu pertinent');
    await dialog(page).getByRole('textbox', { name: 'Justification' }).fill('Les chantiers d’espaces verts subissent les canicules.');
    await typeDate(dialog(page), page, 'Répondu le', day(-60).typed);
    await dialog(page).getByRole('button', { name: 'Enregistrer' }).click();
    await notice('Réponse enregistrée.');
    expect(await page.getByTestId('climate-answer').textContent()).toMatch(/^Pertinent — réponse du \d+/);

    await page.getByRole('button', { name: 'Nouvel enjeu' }).click();
    await dialog(page).getByRole('textbox', { name: 'Enjeu' }).fill('Baisse des financements du Département');
    await dialog(page).getByRole('combobox', { name: 'Rubrique' }).fill('Écon');
    await page.getByRole('option', { name: 'Économique', exact: true }).click();
    await dialog(page).getByRole('textbox', { name: 'Source' }).fill('Réunion du CDIAE');
    await typeDate(dialog(page), page, 'Identifié le', day(-300).typed);
    await typeDate(dialog(page), page, 'Prochaine revue', day(-400).typed);
    await dialog(page).getByRole('button', { name: 'Créer' }).click();
    await expect.poll(() => dialog(page).textContent()).toContain('ne peut pas précéder l’identification de l’enjeu');
    expect(count('SELECT count(*) FROM context_issues')).toBe(0);
    // Due six days ago: À faire shows it late.
    await typeDate(dialog(page), page, 'Prochaine revue', day(-6).typed);
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Créer' }).click();
    await notice('Enjeu « Baisse des financements du Département » enregistré.');
    await page.getByRole('link', { name: /Contexte de l’organisme/ }).click();

    await page.getByRole('button', { name: 'Nouvel enjeu' }).click();
    await dialog(page).getByRole('textbox', { name: 'Enjeu' }).fill('Savoir-faire des encadrants techniques');
    await choose(dialog(page), page, 'Nature', 'Interne');
    await choose(dialog(page), page, 'Effet', 'Favorable');
    await dialog(page).getByRole('button', { name: 'Créer' }).click();
    await notice('Enjeu « Savoir-faire des encadrants techniques » enregistré.');
    const issue = (fields: Record<string, unknown>) =>
      call('issues.create', { description: null, source: null, identifiedOn: day(-200).iso, reviewDue: day(165).iso, ...fields });
    await issue({ title: 'Nouveau marché public de la commune', nature: 'externe', effect: 'favorable', heading: 'Politique' });
    await issue({ title: 'Turnover des encadrants', nature: 'interne', effect: 'defavorable', heading: 'Ressources humaines' });

    await go('/contexte');
    for (const group of ['Forces (1)', 'Faiblesses (1)', 'Opportunités (1)', 'Menaces (1)'])
      await page.getByRole('heading', { level: 2, name: group }).waitFor();
    await choose(page, page, 'Regroupement', 'PESTEL (par rubrique)');
    await notice('Regroupement enregistré.');
    await page.getByRole('heading', { level: 2, name: 'Externe — Économique (1)' }).waitFor();
    // Filters live in the address: the page reopened from it shows the same list.
    await choose(page, page, 'Nature', 'Externe');
    await expect.poll(() => page.url()).toContain('nature=externe');
    await page.reload();
    await expect.poll(() => page.getByText('2 enjeux').count()).toBe(1);
    await noViolations();
    expect(session.pageErrors).toEqual([]);
  });

  it('records interested parties from the usual SIAE list, with their needs and what answers them, linked to § 4.2', async () => {
    await go('/parties-interessees');
    await page.getByRole('button', { name: 'Nouvelle partie intéressée' }).click();
    await choose(dialog(page), page, 'Partir d’une partie usuelle', 'Prescripteurs (France Travail, missions locales, départements)');
    expect(await dialog(page).getByRole('textbox', { name: 'Partie intéressée' }).inputValue()).toBe(
      'Prescripteurs (France Travail, missions locales, départements)',
    );
    await dialog(page).getByRole('textbox', { name: 'Besoins et attentes' }).fill('Être informés du parcours des personnes orientées.');
    await dialog(page).getByRole('textbox', { name: 'Réponse de la structure' }).fill('Bilan transmis à chaque échéance.');
    await choose(dialog(page), page, 'Pertinence', 'Forte');
    await dialog(page).getByRole('combobox', { name: 'Processus qui y répondent' }).fill('Accomp');
    await page.getByRole('option', { name: 'Accompagnement socioprofessionnel' }).click();
    // The suggestions close once a record is chosen: the rest of the dialog is reachable at once.
    await typeDate(dialog(page), page, 'Identifiée le', day(-300).typed);
    // Due in ten days: À faire shows it coming.
    await typeDate(dialog(page), page, 'Prochaine revue', day(10).typed);
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Créer' }).click();
    await notice('Partie intéressée « Prescripteurs (France Travail, missions locales, départements) » enregistrée.');
    expect(await page.locator('dl.details').textContent()).toContain('Accompagnement socioprofessionnel');
    const requirements = page.getByRole('list', { name: 'Exigences auxquelles cet enregistrement répond' });
    await expect.poll(() => requirements.textContent()).toContain('4.2');
    for (const [name, nature, relevance] of [
      ['Salariés en parcours d’insertion', 'interne', 'forte'],
      ['Salariés permanents', 'interne', 'moyenne'],
      ['DDETS et CDIAE', 'externe', 'forte'],
      ['Clients et donneurs d’ordre', 'externe', 'moyenne'],
      ['Réseau (COORACE)', 'externe', 'faible'],
    ] as const) {
      await call('parties.create', {
        name,
        nature,
        needs: 'Besoins notés en groupe qualité.',
        response: null,
        climate: null,
        relevance,
        processIds: [],
        documentIds: [],
        indicatorIds: [],
        identifiedOn: day(-200).iso,
        reviewDue: day(165).iso,
      });
    }
    await go('/parties-interessees');
    await expect.poll(() => page.getByText('6 parties intéressées').count()).toBe(1);
    await choose(page, page, 'Pertinence', 'Forte');
    await expect.poll(() => page.url()).toContain('pertinence=forte');
    await expect.poll(() => page.getByText('3 parties intéressées').count()).toBe(1);
    await noViolations();
    expect(session.pageErrors).toEqual([]);
  });

  it('identifies a risk from an issue, refuses to reduce it without an action, treats it, and re-evaluates it lower once done', async () => {
    const issues = await call<{ id: number; title: string }[]>('issues.list', {});
    const issue = issues.find((candidate) => candidate.title === 'Baisse des financements du Département');
    await go(`/contexte/enjeux/${issue?.id}`);
    await page.getByRole('link', { name: 'Identifier un risque ou une opportunité' }).click();
    await dialog(page).getByRole('textbox', { name: 'Intitulé' }).fill('Arrêt de l’aide du Département aux postes d’insertion');
    expect(
      await dialog(page)
        .getByRole('button', { name: /Enregistrement d’origine/ })
        .textContent(),
    ).toContain('Baisse des financements du Département');
    await choose(dialog(page), page, 'Responsable', director.name);
    await choose(dialog(page), page, 'Probabilité', '3. Probable');
    await choose(dialog(page), page, 'Impact', '4. Majeur');
    await typeDate(dialog(page), page, 'Identifié le', day(-250).typed);
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Créer' }).click();
    await notice('RO-2026-001 enregistré.');
    expect(await page.getByRole('region', { name: 'Évaluations successives' }).textContent()).toContain('12 — Élevé');

    await page.getByRole('button', { name: 'Décider du traitement' }).click();
    await typeDate(dialog(page), page, 'Décidé le', day(-240).typed);
    await typeDate(dialog(page), page, 'Réévaluation prévue le', day(-30).typed);
    await dialog(page).getByText('Décrire une action du plan maintenant').click();
    await dialog(page).getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => dialog(page).textContent()).toContain('Pour « réduire », décrivez au moins une action du plan');
    expect(count('SELECT count(*) FROM actions')).toBe(0);
    expect(count('SELECT treatment FROM risks')).toBeNull();
    await dialog(page).getByText('Décrire une action du plan maintenant').click();
    await dialog(page).getByRole('textbox', { name: 'Description' }).fill('Répondre à deux appels d’offres de la commune.');
    await choose(dialog(page), page, 'Responsable', quality.name);
    await typeDate(dialog(page), page, 'Échéance', day(-40).typed);
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Enregistrer' }).click();
    await notice('Traitement enregistré.');
    const plan = page.getByRole('link', { name: /^ACT-/ });
    const actionReference = (await plan.textContent()) ?? '';
    await plan.click();
    await page.getByRole('button', { name: `Marquer réalisée l’action ${actionReference}` }).click();
    await typeDate(dialog(page), page, 'Réalisée le', day(-45).typed);
    await dialog(page).getByRole('button', { name: 'Marquer réalisée' }).click();
    await notice(`Action ${actionReference} réalisée.`);

    await go(`/risques/${await call<{ id: number }[]>('risks.list', {}).then((risks) => risks[0]?.id)}`);
    await page.getByText('Actions réalisées').first().waitFor();
    await page.getByRole('button', { name: 'Réévaluer' }).click();
    await choose(dialog(page), page, 'Probabilité', '1. Rare');
    await dialog(page).getByRole('textbox', { name: 'Commentaire' }).fill('Deux marchés de la commune remportés.');
    await typeDate(dialog(page), page, 'Évalué le', day(-20).typed);
    await dialog(page).getByRole('button', { name: 'Enregistrer' }).click();
    await notice('Réévaluation enregistrée.');
    const evaluations = page.getByRole('region', { name: 'Évaluations successives' }).getByRole('row');
    await expect.poll(() => evaluations.count()).toBe(3);
    expect(await evaluations.nth(2).textContent()).toContain('4 — Moyen');
    await noViolations();
    expect(session.pageErrors).toEqual([]);
  });

  it('shows the other risks and opportunities on the risk map, filtered from the address', async () => {
    const parties = await call<{ id: number; name: string }[]>('parties.list', {});
    const risk = async (title: string, kind: string, origin: object, likelihood: number, impact: number) =>
      call<{ id: number; revision: number; reference: string }>('risks.create', {
        fields: {
          kind,
          title,
          description: null,
          processId: null,
          ownerId: director.id,
          identifiedOn: day(-150).iso,
          reviewDue: day(200).iso,
          originNote: null,
          originId: null,
          ...origin,
        },
        evaluation: { likelihood, impact },
      });
    const client = parties.find((party) => party.name === 'Clients et donneurs d’ordre')?.id;
    const treated = await risk('Accident sur un chantier', 'risque', { origin: 'autre', originNote: 'Document unique' }, 2, 4);
    // Treated by an action still open; its re-evaluation was due yesterday.
    await call('risks.treat', {
      id: treated.id,
      revision: treated.revision,
      fields: { treatment: 'reduire', treatmentNote: null, decidedOn: day(-140).iso, reevaluationDue: day(-1).iso },
      action: {
        type: 'preventive',
        description: 'Former les encadrants aux gestes de premiers secours.',
        ownerId: quality.id,
        processId: null,
        dueDate: day(30).iso,
        evidenceNotes: null,
      },
    });
    const accepted = await risk('Panne du camion benne', 'risque', { origin: 'autre', originNote: 'Groupe qualité' }, 2, 2);
    await call('risks.treat', {
      id: accepted.id,
      revision: accepted.revision,
      fields: {
        treatment: 'accepter',
        treatmentNote: 'Location possible sous 48 heures.',
        decidedOn: day(-140).iso,
        reevaluationDue: null,
      },
      action: null,
    });
    await risk('Perte de l’agrément d’une ETTI voisine', 'risque', { origin: 'autre', originNote: 'Réseau' }, 1, 3);
    await risk('Marché de nettoyage des locaux municipaux', 'opportunite', { origin: 'partie', originId: client }, 3, 3);

    await go('/risques');
    const map = page.getByTestId('carte-risques');
    await expect.poll(() => map.getByRole('link').count()).toBe(4);
    // Rows are likelihood (most likely first), columns impact: RO-2026-001 sits at 1 × 4 after its re-evaluation.
    expect(
      await map
        .getByRole('row', { name: /^1\. Rare/ })
        .getByRole('cell')
        .nth(3)
        .textContent(),
    ).toBe('RO-2026-001');
    expect(await map.getByRole('row', { name: /^3\. Probable/ }).textContent()).not.toContain('RO-2026-001');
    expect(await page.getByTestId('carte-opportunites').getByRole('link').allTextContents()).toEqual(['RO-2026-005']);
    await expect.poll(() => page.getByText('5 éléments').count()).toBe(1);
    await page.screenshot({ path: path.join(session.dir, 'carte-des-risques.png'), fullPage: true });
    expect(fs.statSync(path.join(session.dir, 'carte-des-risques.png')).size).toBeGreaterThan(10_000);
    await choose(page, page, 'Avancement', 'Actions en cours');
    await expect.poll(() => page.url()).toContain('avancement=actions_en_cours');
    await expect.poll(() => page.getByText('1 élément').count()).toBe(1);
    await noViolations();
    expect(session.pageErrors).toEqual([]);
  });

  it('follows watch sources and analyses an item noticed, with its decision, its action and who was told', async () => {
    await go('/veille');
    await page.getByRole('button', { name: 'Nouvelle source' }).click();
    await dialog(page).getByRole('textbox', { name: 'Source' }).fill('Légifrance — insertion par l’activité économique');
    await choose(dialog(page), page, 'Fréquence de consultation', 'Chaque mois');
    await dialog(page).getByRole('textbox', { name: 'Adresse web' }).fill('https://www.legifrance.gouv.fr');
    await choose(dialog(page), page, 'Responsable', quality.name);
    // Followed for a hundred days and never consulted: its consultation is due.
    await typeDate(dialog(page), page, 'Suivie depuis le', day(-100).typed);
    await dialog(page).getByRole('button', { name: 'Créer' }).click();
    await notice('Source « Légifrance — insertion par l’activité économique » enregistrée.');
    const network = await call<{ id: number }>('watch.createSource', {
      name: 'Lettre du réseau COORACE',
      domain: 'sectorielle',
      url: null,
      frequency: 'trimestrielle',
      ownerId: director.id,
      followedSince: day(-20).iso,
      notes: null,
      active: true,
    });
    await go('/veille');
    const sources = page.getByRole('region', { name: 'Sources de veille' });
    await expect.poll(() => sources.getByRole('row').count()).toBe(3);
    expect(await sources.getByRole('row', { name: /Légifrance/ }).textContent()).toContain('En retard');

    await page.getByRole('button', { name: 'Nouvelle information' }).click();
    await dialog(page).getByRole('textbox', { name: 'Intitulé' }).fill('Décret sur le contrat d’engagement réciproque');
    await dialog(page).getByRole('textbox', { name: 'Résumé' }).fill('Nouvelles mentions obligatoires à partir du 1er janvier.');
    await choose(dialog(page), page, 'Source', 'Légifrance — insertion par l’activité économique');
    await typeDate(dialog(page), page, 'Relevée le', day(-15).typed);
    await dialog(page).getByRole('button', { name: 'Créer' }).click();
    await notice('Information VEI-2026-001 enregistrée.');
    await page.getByRole('button', { name: 'Analyser et décider' }).click();
    await dialog(page).getByRole('textbox', { name: 'Analyse d’impact' }).fill('Le modèle de contrat doit être revu.');
    await choose(dialog(page), page, 'Impact', 'Impact important');
    await choose(dialog(page), page, 'Décision', 'Actions à mener');
    await typeDate(dialog(page), page, 'Décidée le', day(-10).typed);
    await dialog(page).getByText('Décrire une action du plan maintenant').click();
    await dialog(page).getByRole('textbox', { name: 'Description' }).fill('Mettre à jour le modèle de contrat d’engagement.');
    await choose(dialog(page), page, 'Responsable', quality.name);
    await typeDate(dialog(page), page, 'Échéance', day(20).typed);
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Enregistrer' }).click();
    await notice('Analyse et décision enregistrées.');
    await page.getByRole('link', { name: /^ACT-/ }).waitFor();
    await page.getByRole('button', { name: 'Noter qui a été informé' }).click();
    for (const person of [director.name, quality.name]) {
      await dialog(page).getByRole('combobox', { name: 'Personnes informées' }).fill(person.slice(0, 5));
      await page.getByRole('option', { name: person }).click();
    }
    await typeDate(dialog(page), page, 'Informées le', day(-9).typed);
    await dialog(page).getByRole('button', { name: 'Enregistrer' }).click();
    await notice('Information enregistrée.');
    expect(await page.locator('dl.details').textContent()).toContain(`${quality.name}, ${director.name}`);
    for (const [title, sourceId, noticedOn] of [
      ['Appel à projets du Département pour l’insertion', network.id, day(-12).iso],
      ['Nouvelle certification des encadrants techniques', null, day(-5).iso],
    ] as const) {
      await call('watch.create', {
        sourceId,
        noticedOn,
        title,
        summary: 'À étudier en groupe qualité.',
        url: null,
        domain: 'sectorielle',
        processId: null,
      });
    }
    await go('/veille');
    await expect.poll(() => page.getByText('3 informations').count()).toBe(1);
    await choose(page, page, 'Situation', 'À analyser');
    await expect.poll(() => page.url()).toContain('situation=a_analyser');
    await expect.poll(() => page.getByText('2 informations').count()).toBe(1);
    await noViolations();
    expect(session.pageErrors).toEqual([]);
  });

  it('shows the reviews, the re-evaluation and the watch source due in À faire', async () => {
    await go('/a-faire');
    await page.getByRole('heading', { level: 1, name: 'À faire' }).waitFor();
    const agenda = page.getByRole('main');
    for (const text of [
      'Revoir l’enjeu « Baisse des financements du Département »',
      'Revoir la partie intéressée « Prescripteurs (France Travail, missions locales, départements) »',
      'Réévaluer RO-2026-002 — Accident sur un chantier',
      'Consulter la source de veille « Légifrance — insertion par l’activité économique »',
    ])
      await expect.poll(() => agenda.getByRole('link', { name: text }).count()).toBe(1);
    // Re-evaluated after its action: RO-2026-001 is no longer due.
    expect(await agenda.textContent()).not.toContain('Réévaluer RO-2026-001');
    await noViolations();
  });

  it('lists the risks with their treatment and the context’s changes among the management review’s inputs', async () => {
    const review = await call<{ id: number }>('managementReview.create', {
      heldOn: day(0).iso,
      periodStart: day(-364).iso,
      periodEnd: day(0).iso,
      participantIds: [director.id, quality.id],
      otherParticipants: null,
      contextChanges: null,
      resources: null,
      risksOpportunities: null,
      externalProviders: null,
      conclusion: null,
    });
    await go(`/revues-de-direction/${review.id}`);
    const risks = page.getByTestId('inputs-risks');
    await expect.poll(() => risks.getByRole('row').count()).toBe(6);
    const reduced = await risks.getByRole('row', { name: /RO-2026-001/ }).textContent();
    expect(reduced).toContain('12 — Élevé → 4 — Moyen');
    expect(reduced).toContain('Réduire');
    expect(reduced).toMatch(/ACT-2026-\d+ : Réalisée/);
    expect(await risks.getByRole('row', { name: /RO-2026-002/ }).textContent()).toMatch(/Réduire.*ACT-2026-\d+ : À faire/);
    expect(await risks.getByRole('row', { name: /RO-2026-003/ }).textContent()).toContain('Accepter');
    const context = await page.getByTestId('inputs-context').textContent();
    expect(context).toContain('Nouvel enjeu');
    expect(context).toContain('Veille VEI-2026-001');
    await noViolations();
    expect(session.pageErrors).toEqual([]);
  });

  it('prints the registers and the risk map in the pack, and counts them in the coverage of 4.1, 4.2 and 6.1', async () => {
    const iso = await call<{ requirements: { id: number; number: string; children: { id: number; number: string }[] }[] }>(
      'referentials.get',
      { id: (await call<{ id: number }[]>('referentials.list', {}))[0]?.id },
    );
    const clause41 = iso.requirements.find((node) => node.number === '4')?.children.find((node) => node.number === '4.1');
    await go(`/exigences/${clause41?.id}`);
    const answers = page.getByRole('list', { name: 'Ce qui répond à cette exigence' });
    await expect.poll(() => answers.getByRole('listitem').count()).toBe(4);
    expect(await answers.textContent()).toContain('Enjeu : Baisse des financements du Département');

    await go('/dossier-de-preuves');
    await page.getByRole('button', { name: 'Générer le PDF' }).click();
    const downloadButton = page.getByRole('button', { name: 'Télécharger le PDF' });
    await downloadButton.waitFor({ timeout: 60_000 });
    const download = page.waitForEvent('download');
    await downloadButton.click();
    const pdfPath = path.join(session.dir, 'dossier.pdf');
    await (await download).saveAs(pdfPath);
    const pdf = await readPdf(pdfPath);
    const titles = pdf.outline.map((entry) => entry.title);
    const context = titles.indexOf('Contexte, politique, processus, risques et veille');
    expect(titles.slice(context + 4, context + 8)).toEqual([
      'Enjeux internes et externes (§ 4.1)',
      'Parties intéressées (§ 4.2)',
      'Risques et opportunités (§ 6.1)',
      'Veille réglementaire et sectorielle',
    ]);
    const text = flatText(pdf.pages);
    for (const printed of [
      'Le changement climatique est un enjeu pertinent',
      'Prescripteurs (France Travail, missions locales, départements)',
      'Carte des risques',
      'Carte des opportunités',
      'Probabilité ↑',
      'VEI-2026-001',
      'Mettre à jour le modèle de contrat d’engagement.',
    ])
      expect(text).toContain(printed);
    // The coverage annex names the records against 4.1, 4.2 and 6.1.
    const annex = text.slice(text.lastIndexOf('Annexe A'));
    for (const record of [
      'Enjeu : Turnover des encadrants',
      'Partie intéressée : Réseau (COORACE)',
      'RO-2026-001 Arrêt de l’aide du Département aux postes d’insertion',
    ])
      expect(annex).toContain(record);
    expect(session.pageErrors).toEqual([]);
  });
});

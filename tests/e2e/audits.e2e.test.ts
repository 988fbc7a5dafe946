import { openE2eSession, type E2eSession } from './support/session';
import Database from 'better-sqlite3';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { type BrowserModeServer } from './support/browserMode';
import { dayFromToday } from './support/today';
import { choose, dialog, pickRecord, typeDate } from './support/ui';

describe('certifications and audits in browser mode', () => {
  let dbPath: string;
  let server: BrowserModeServer;
  let page: Page;
  let pageErrors: string[] = [];
  let session: E2eSession;

  /** Reads the file beside the running app, as an auditor of what was written. */
  const query = <T>(sql: string): T[] => {
    const db = new Database(dbPath, { readonly: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  };

  /** The directory and the process map come first, through the same API the screens use. */
  const seed = async (method: string, input: unknown): Promise<{ id: number }> => {
    const response = await fetch(`${server.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: boolean; value: { id: number } };
    expect(result.ok).toBe(true);
    return result.value;
  };

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const notice = (text: string) => expect.poll(() => page.getByRole('status').filter({ hasText: text }).count()).toBeGreaterThan(0);
  const noViolations = async () => expect(await accessibilityViolations(page)).toEqual([]);
  const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');
  /** A date field's shown value as digits only (segments are separated by Unicode isolates). */
  const dateDigits = async (label: string) => (await text(dialog(page).getByRole('group', { name: label }))).replace(/\D/g, '');
  const pageDateDigits = async (label: string) => (await text(page.getByRole('group', { name: label }))).replace(/\D/g, '');

  beforeAll(async () => {
    session = await openE2eSession({ name: 'test', viewport: { width: 1366, height: 768 }, goto: false });
    ({ dbPath, server, page, pageErrors } = session);
    const karim = await seed('people.create', { name: 'Karim Benali', jobTitle: 'Directeur' });
    const nadia = await seed('people.create', { name: 'Nadia Haddad', jobTitle: 'Conseillère en insertion' });
    await seed('processes.create', { name: 'Pilotage et amélioration continue', kind: 'pilotage', pilotId: karim.id });
    await seed('processes.create', { name: 'Accueil et recrutement', kind: 'realisation', pilotId: nadia.id });
    await page.goto(server.url);
  });

  afterAll(() => session?.close());

  it('starts with no certification and says what to do', async () => {
    await page.getByRole('link', { name: 'Certifications' }).click();
    await expect.poll(() => heading('Certifications').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Aucune certification').isVisible()).toBe(true);
    await noViolations();
  });

  it('records the Cèdre ISO 9001 certificate decided on 15 March 2026, expiring on 14 March 2029', async () => {
    await page.getByRole('link', { name: 'Nouvelle certification' }).first().click();
    await expect.poll(() => heading('Nouvelle certification').isVisible()).toBe(true);
    await page.getByRole('combobox', { name: 'Schéma de certification' }).fill('Cèdre');
    await page.getByRole('option', { name: 'Cèdre ISO 9001', exact: true }).click();
    await choose(page, page, 'Référentiel utilisé', 'ISO 9001:2015');
    await page.getByRole('textbox', { name: 'Organisme certificateur' }).fill('AFNOR Certification');
    await page.getByRole('textbox', { name: 'Numéro de certificat' }).fill('CED-2026-0042');
    await typeDate(page, page, 'Date de décision', '15032026');
    // The expiry is proposed from the decision: the day before its third anniversary.
    await expect.poll(() => pageDateDigits('Date d’échéance')).toBe('14032029');
    await choose(page, page, 'Statut', 'Certifié');
    // The scheme's rules, proposed for an ISO/IEC 17021-1 scheme and said in words.
    expect(await text(page.getByRole('group', { name: 'Règles du schéma' }))).toContain(
      'ISO/IEC 17021-1 — NC majeure : plan d’actions sous 3 mois, vérification par l’organisme sous 6 mois',
    );
    await noViolations();
    await page.getByRole('button', { name: 'Créer' }).click();
    await expect.poll(() => heading('Cèdre ISO 9001').isVisible()).toBe(true);
    await notice('Certification « Cèdre ISO 9001 » enregistrée.');
    expect(query('SELECT scheme, decision_date, expiry_date, status FROM certifications')).toEqual([
      { scheme: 'Cèdre ISO 9001', decision_date: '2026-03-15', expiry_date: '2029-03-14', status: 'certifie' },
    ]);
  });

  it('proposes surveillance in 2027 and 2028 and the renewal over 3 months before expiry, alerted six months ahead', async () => {
    const planner = page.getByRole('region', { name: 'Audits proposés par le planificateur' });
    const row = (name: string) => planner.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await expect.poll(() => text(row('Surveillance 1'))).toContain('15 février 2027');
    expect(await text(row('Surveillance 1'))).toContain('du 15 décembre 2026 au 15 mars 2027');
    expect(await text(row('Surveillance 2'))).toContain('15 février 2028');
    expect(await text(row('Surveillance 2'))).toContain('du 15 novembre 2027 au 15 mars 2028');
    const renewal = await text(row('Renouvellement'));
    expect(renewal).toContain('du 14 septembre 2028 au 14 décembre 2028');
    expect(renewal).toContain('14 octobre 2028');
    expect(renewal).toContain('14 septembre 2028');
    expect(await text(page.getByRole('region', { name: 'Fiche de la certification' }))).toContain(
      'Renouvellement terminé 3 mois avant l’échéance.',
    );

    // The picture and its text alternative tell the same cycle.
    expect(await page.getByRole('img', { name: /Frise du cycle de certification/ }).isVisible()).toBe(true);
    const facts = page.getByRole('table', { name: 'Le cycle en dates' });
    const fact = (name: string) => facts.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    expect(await text(fact('Alerte renouvellement'))).toContain('14 septembre 2028');
    expect(await text(fact('Échéance'))).toContain('14 mars 2029');
    await noViolations();
  });

  it('plans the three audits of the cycle', async () => {
    await page.getByRole('button', { name: 'Planifier ces audits' }).click();
    await notice('3 audits planifiés.');
    const planner = page.getByRole('region', { name: 'Audits proposés par le planificateur' });
    await expect.poll(() => planner.getByRole('link', { name: /déjà planifié/ }).count()).toBe(3);
    expect(await planner.getByRole('link', { name: 'déjà planifié : AUD-2027-01' }).isVisible()).toBe(true);
    expect(query('SELECT cycle_slot, start_date, status FROM audits ORDER BY start_date')).toEqual([
      { cycle_slot: 'surveillance_1', start_date: '2027-02-15', status: 'planifie' },
      { cycle_slot: 'surveillance_2', start_date: '2028-02-15', status: 'planifie' },
      { cycle_slot: 'renouvellement', start_date: '2028-10-14', status: 'planifie' },
    ]);
    expect(await page.getByRole('button', { name: 'Planifier ces audits' }).count()).toBe(0);
    await noViolations();
  });

  it('records the stage 2 audit of the certification with its team and scope', async () => {
    await page.getByRole('link', { name: 'Nouvel audit' }).click();
    await expect.poll(() => heading('Nouvel audit').isVisible()).toBe(true);
    await expect.poll(() => text(page.getByRole('button', { name: /Certification/ }))).toContain('Cèdre ISO 9001');
    await choose(page, page, 'Type', 'Étape 2');
    await page.getByRole('textbox', { name: 'Intitulé' }).fill('Audit initial — étape 2');
    await typeDate(page, page, 'Début', '10022026');
    await typeDate(page, page, 'Fin', '11022026');
    await choose(page, page, 'Statut', 'Réalisé');
    await page.getByRole('combobox', { name: 'Responsable d’audit' }).fill('Claire Martin (AFNOR)');
    // Not in the directory: kept as an external auditor once focus moves on.
    await page.keyboard.press('Tab');
    await page.getByRole('combobox', { name: 'Audités', exact: true }).fill('Karim');
    await page.getByRole('option', { name: /Karim Benali/ }).click();
    // The list stays open for a second choice; Escape closes it.
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Processus audités' }).fill('accueil');
    await page.getByRole('option', { name: 'Accueil et recrutement' }).click();
    await page.keyboard.press('Escape');
    await noViolations();
    await page.getByRole('button', { name: 'Créer' }).click();
    await expect.poll(() => heading(/AUD-2026-01/).isVisible()).toBe(true);
    const record = page.getByRole('region', { name: 'Fiche de l’audit' });
    expect(await text(record)).toContain('Claire Martin (AFNOR) (externe)');
    expect(await text(record)).toContain('du 10 février 2026 au 11 février 2026');
    await noViolations();
  });

  it('attaches the body’s report to the audit', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Ajouter des fichiers' }).click();
    await (
      await chooser
    ).setFiles([{ name: 'Rapport étape 2.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%âãÏÓ\n') }]);
    await expect.poll(() => page.getByRole('row', { name: /Rapport étape 2\.pdf/ }).count()).toBe(1);
    expect(query("SELECT owner_entity FROM attachments WHERE file_name = 'Rapport étape 2.pdf'")).toEqual([{ owner_entity: 'audit' }]);
  });

  it('fills its checklist: questions added in a dialog, results set in the table', async () => {
    const addQuestion = async (question: string) => {
      await page.getByRole('button', { name: 'Ajouter une question' }).click();
      await dialog(page).getByRole('textbox', { name: 'Question' }).fill(question);
      await dialog(page).getByRole('button', { name: 'Ajouter' }).click();
      await expect.poll(() => dialog(page).count()).toBe(0);
    };
    await addQuestion('Les entretiens d’accueil sont-ils tracés ?');
    await addQuestion('La revue de direction couvre-t-elle les entrées de 9.3.2 ?');
    await page.getByRole('button', { name: /Résultat de la question 1/ }).click();
    await page.getByRole('option', { name: 'Constat', exact: true }).click();
    await page.getByRole('button', { name: /Résultat de la question 2/ }).click();
    await page.getByRole('option', { name: 'Conforme', exact: true }).click();
    await expect
      .poll(() => query<{ result: string | null }>('SELECT result FROM checklist_items ORDER BY position').map((item) => item.result))
      .toEqual(['constat', 'conforme']);
    await noViolations();
    // Reordered from the table, and back.
    await page.getByRole('button', { name: 'Descendre la question 1' }).click();
    const order = () => query<{ question: string }>('SELECT question FROM checklist_items ORDER BY position').map((item) => item.question);
    await expect
      .poll(order)
      .toEqual(['La revue de direction couvre-t-elle les entrées de 9.3.2 ?', 'Les entretiens d’accueil sont-ils tracés ?']);
    const firstRow = page.getByRole('region', { name: 'Questions de la checklist' }).getByRole('row').nth(1);
    await expect.poll(() => text(firstRow)).toContain('La revue de direction couvre-t-elle');
    await page.getByRole('button', { name: 'Monter la question 2' }).click();
    await expect
      .poll(order)
      .toEqual(['Les entretiens d’accueil sont-ils tracés ?', 'La revue de direction couvre-t-elle les entrées de 9.3.2 ?']);
  });

  it('records one NC mineure with its deadline pre-filled three months after the audit, and one point fort', async () => {
    await page.getByRole('button', { name: 'Ajouter un constat' }).click();
    await choose(dialog(page), page, 'Cotation', 'NC mineure');
    await expect.poll(() => dateDigits('Réponse attendue le')).toBe('11052026');
    await choose(dialog(page), page, 'Processus', 'Accueil et recrutement');
    await dialog(page)
      .getByRole('textbox', { name: 'Description' })
      .fill('Comptes rendus d’entretien d’accueil absents dans 2 dossiers sur 10.');
    await dialog(page).getByRole('textbox', { name: 'Preuve d’audit' }).fill('Dossiers 2025-14 et 2025-22');
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Ajouter' }).click();
    await notice('Constat « NC mineure » enregistré.');

    await page.getByRole('button', { name: 'Ajouter un constat' }).click();
    await choose(dialog(page), page, 'Cotation', 'Point fort');
    // A point fort calls for no answer: no deadline, no status to follow.
    await expect.poll(() => text(dialog(page))).toContain('Cette cotation n’appelle pas de réponse');
    expect(await dialog(page).getByRole('group', { name: 'Réponse attendue le' }).count()).toBe(0);
    await dialog(page).getByRole('textbox', { name: 'Description' }).fill('Revue de direction complète et suivie.');
    await dialog(page).getByRole('button', { name: 'Ajouter' }).click();
    await notice('Constat « Point fort » enregistré.');

    const findings = page.getByRole('list', { name: 'Constats de l’audit' });
    const minor = findings.getByRole('article', { name: /NC mineure/ });
    await expect.poll(() => text(minor)).toMatch(/Réponse attendue le ?11 mai 2026/);
    expect(await text(minor)).toContain('NC-2026-001 — à traiter');
    const strength = await text(findings.getByRole('article', { name: /Point fort/ }));
    expect(strength).toContain('Pas de réponse attendue');
    expect(strength).not.toContain('sans délai');
    expect(strength).not.toContain('Levé');
    expect(await page.getByRole('img', { name: 'Constats par cotation : NC mineure 1, Point fort 1.' }).isVisible()).toBe(true);
    expect(
      query('SELECT n.reference, n.status, n.severity, f.response_due FROM nonconformities n JOIN findings f ON f.id = n.finding_id'),
    ).toEqual([{ reference: 'NC-2026-001', status: 'a_traiter', severity: 'mineure', response_due: '2026-05-11' }]);
    await noViolations();
  });

  it('refuses to delete an audit that has findings, with the backend’s reason, and deletes nothing', async () => {
    await page.getByRole('button', { name: 'Supprimer' }).click();
    await dialog(page).getByRole('button', { name: 'Supprimer définitivement' }).click();
    await expect.poll(() => dialog(page).getByRole('alert').textContent()).toContain('a des constats : il ne peut pas être supprimé');
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(query<{ n: number }>('SELECT count(*) AS n FROM audits')[0]?.n).toBe(4);
  });

  it('lists the NC among the nonconformities to treat, linked to its audit', async () => {
    await page.getByRole('link', { name: 'Audits', exact: true }).click();
    await expect.poll(() => heading('Audits').isVisible()).toBe(true);
    const ncs = page.getByRole('region', { name: 'Liste des non-conformités à traiter' });
    const row = ncs.getByRole('row').filter({ hasText: 'NC-2026-001' });
    await expect.poll(() => text(row)).toContain('11 mai 2026');
    expect(await text(row)).toContain('Mineure');
    expect(await row.getByRole('link', { name: 'AUD-2026-01' }).isVisible()).toBe(true);
    await noViolations();
    await row.getByRole('link', { name: 'NC-2026-001' }).click();
    await expect.poll(() => heading(/NC-2026-001/).isVisible()).toBe(true);
  });

  it('copies the stage 2 checklist into the first surveillance audit: same questions, empty results', async () => {
    await page.getByRole('link', { name: 'Audits', exact: true }).click();
    await page.getByRole('region', { name: 'Liste des audits' }).getByRole('link', { name: 'AUD-2027-01' }).click();
    await expect.poll(() => heading(/AUD-2027-01/).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Copier la checklist d’un autre audit' }).click();
    // Audits are searched, never loaded whole: the reference's year is enough to find it.
    await pickRecord(dialog(page), page, 'Audit d’origine', '2026', 'AUD-2026-01');
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Copier les questions' }).click();
    await notice('2 questions copiées.');
    const table = page.getByRole('region', { name: 'Questions de la checklist' });
    expect(await text(table)).toContain('Les entretiens d’accueil sont-ils tracés ?');
    expect(await text(table)).toContain('La revue de direction couvre-t-elle les entrées de 9.3.2 ?');
    expect(await text(table.getByRole('button', { name: /Résultat de la question 1/ }))).toContain('À renseigner');
    expect(
      query<{ question: string; result: string | null }>(
        "SELECT question, result FROM checklist_items WHERE audit_id = (SELECT id FROM audits WHERE reference = 'AUD-2027-01') ORDER BY position",
      ),
    ).toEqual([
      { question: 'Les entretiens d’accueil sont-ils tracés ?', result: null },
      { question: 'La revue de direction couvre-t-elle les entrées de 9.3.2 ?', result: null },
    ]);
    await noViolations();
  });

  it('moves the first surveillance outside its window: the certification and "À faire" say so in words', async () => {
    await page.getByRole('button', { name: 'Modifier' }).first().click();
    await typeDate(page, page, 'Début', '10042027');
    await typeDate(page, page, 'Fin', '10042027');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect
      .poll(() => query<{ start_date: string }>("SELECT start_date FROM audits WHERE reference = 'AUD-2027-01'"))
      .toEqual([{ start_date: '2027-04-10' }]);
    const warning =
      /La surveillance 1 \(AUD-2027-01\) (est prévue|a eu lieu) le 10 avril 2027, hors de sa fenêtre \(du 15 décembre 2026 au 15 mars 2027\) : 26 jours trop tard\. La première surveillance a lieu au plus tard 12 mois après la décision \(ISO\/IEC 17021-1, § 9\.6\.2\.2\)\./;
    await page.getByRole('link', { name: 'Certifications' }).click();
    await page.getByRole('link', { name: 'Cèdre ISO 9001' }).first().click();
    const warnings = page.getByRole('list', { name: 'Points d’attention du cycle' });
    await expect.poll(() => text(warnings)).toMatch(warning);
    expect(await warnings.getByRole('link', { name: 'Voir l’audit' }).first().isVisible()).toBe(true);
    await noViolations();
    await page.getByRole('link', { name: 'À faire' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'À faire' }).isVisible()).toBe(true);
    await expect.poll(() => text(page.getByRole('main'))).toMatch(warning);
    expect(await text(page.getByRole('main'))).toContain('Cèdre ISO 9001 : La surveillance 1 (AUD-2027-01)');
    await noViolations();
  });

  it('turns the point fort into an action of the plan from its card, audit and finding already chosen', async () => {
    await page.getByRole('link', { name: 'Audits', exact: true }).click();
    await page.getByRole('region', { name: 'Liste des audits' }).getByRole('link', { name: 'AUD-2026-01' }).click();
    const strength = page.getByRole('list', { name: 'Constats de l’audit' }).getByRole('article', { name: /Point fort/ });
    await strength.getByRole('link', { name: 'Créer une action à partir de ce constat' }).click();
    await expect.poll(() => heading('Plan d’actions').isVisible()).toBe(true);
    await expect.poll(() => text(dialog(page))).toContain('Point fort — Revue de direction complète et suivie.');
    // The chosen audit is named by its own reading (the picker asks for it by id).
    await expect.poll(() => text(dialog(page))).toContain('AUD-2026-01');
    await dialog(page).getByRole('textbox', { name: 'Description' }).fill('Présenter la trame de revue de direction au réseau.');
    await choose(dialog(page), page, 'Responsable', 'Karim Benali');
    // Decided at the audit's closing meeting in February, typed in later.
    await typeDate(dialog(page), page, 'Ouverte le', '11022026');
    await typeDate(dialog(page), page, 'Échéance', '30062026');
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Créer' }).click();
    await notice('ajoutée.');
    expect(
      query(
        "SELECT a.source, g.code FROM actions a JOIN findings f ON f.id = a.finding_id JOIN finding_grades g ON g.id = f.grade_id WHERE a.description LIKE 'Présenter la trame%'",
      ),
    ).toEqual([{ source: 'constat', code: 'point_fort' }]);
    // Going back and forth does not reopen the form.
    await page.goBack();
    await page.goForward();
    await expect.poll(() => heading('Plan d’actions').isVisible()).toBe(true);
    expect(await dialog(page).count()).toBe(0);
    // The finding's card now links to its action.
    const [created] = query<{ reference: string }>("SELECT reference FROM actions WHERE description LIKE 'Présenter la trame%'");
    await page.goBack();
    await expect.poll(() => text(strength)).toContain(`${created?.reference ?? '?'} — À faire`);
    await strength.getByRole('link', { name: `${created?.reference ?? '?'} — À faire` }).click();
    await expect.poll(() => heading(new RegExp(created?.reference ?? '?')).isVisible()).toBe(true);
  });

  it('shows the audit programme with its warnings', async () => {
    await page.getByRole('link', { name: 'Audits', exact: true }).click();
    await page.getByRole('link', { name: 'Programme d’audit' }).click();
    await expect.poll(() => heading('Programme d’audit').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Cycle du 15 mars 2026 au 14 mars 2029').isVisible()).toBe(true);
    expect(await page.getByText('Processus non audité', { exact: false }).count()).toBe(2);
    const clauses = page.getByRole('region', { name: 'Exigences auditées par audit' });
    await expect.poll(() => clauses.getByRole('rowheader', { name: '7.5 Informations documentées' }).isVisible()).toBe(true);
    expect(
      await page.getByText(/ISO 9001:2015 \(2015 \+ Amd 1:2024\) — exigences applicables auditées dans le cycle : \d+ sur \d+/).isVisible(),
    ).toBe(true);
    await noViolations();
  });

  it('edits the grading scale of ISO 9001:2015 on its referential page', async () => {
    await page.getByRole('link', { name: 'Référentiels' }).click();
    await page.getByRole('link', { name: 'ISO 9001:2015', exact: true }).click();
    const scale = page.getByRole('list', { name: 'Cotations, de la plus grave à la moins grave' });
    await expect.poll(() => scale.getByRole('listitem').count()).toBe(7);
    expect(await page.getByText('Échelle par défaut (cotations AFNOR)', { exact: false }).isVisible()).toBe(true);
    await noViolations();
    await page.getByRole('button', { name: 'Monter « Point fort »' }).click();
    await page.getByRole('button', { name: 'Enregistrer l’échelle' }).click();
    await notice('Échelle de cotation enregistrée.');
    expect(await page.getByText('Échelle propre à ce référentiel.').isVisible()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Libellé de la cotation 5' }).inputValue()).toBe('Point fort');
    await page.getByRole('button', { name: 'Revenir à l’échelle par défaut' }).click();
    await notice('de nouveau l’échelle par défaut');
    await expect.poll(() => page.getByRole('textbox', { name: 'Libellé de la cotation 5' }).inputValue()).toBe('Piste de progrès');
    expect(await page.getByText('Échelle par défaut (cotations AFNOR)', { exact: false }).isVisible()).toBe(true);
    expect(query<{ n: number }>('SELECT count(*) AS n FROM finding_grades WHERE referential_id IS NOT NULL')).toEqual([{ n: 0 }]);
    await noViolations();
  });

  it('refuses a finding on an audit still to come, and a planned audit whose day has come becomes « Réalisé » with its first finding', async () => {
    const addPointFort = async (description: string) => {
      await page.getByRole('button', { name: 'Ajouter un constat' }).click();
      await choose(dialog(page), page, 'Cotation', 'Point fort');
      await dialog(page).getByRole('textbox', { name: 'Description' }).fill(description);
      await dialog(page).getByRole('button', { name: 'Ajouter' }).click();
    };
    // AUD-2027-01 is planned for 10 April 2027: no finding yet, and the dialog says why.
    await page.getByRole('link', { name: 'Audits', exact: true }).click();
    await page.getByRole('region', { name: 'Liste des audits' }).getByRole('link', { name: 'AUD-2027-01' }).click();
    await expect.poll(() => heading(/AUD-2027-01/).isVisible()).toBe(true);
    await addPointFort('Accueil très structuré.');
    await expect
      .poll(() => dialog(page).getByRole('alert').textContent())
      .toBe(
        'L’audit AUD-2027-01 est prévu le 10 avril 2027 : ses constats s’enregistrent une fois qu’il a commencé. S’il a eu lieu plus tôt, corrigez d’abord sa date.',
      );
    await noViolations();
    await dialog(page).getByRole('button', { name: 'Annuler' }).click();
    expect(query("SELECT count(*) AS n FROM findings f JOIN audits a ON a.id = f.audit_id WHERE a.reference = 'AUD-2027-01'")).toEqual([
      { n: 0 },
    ]);

    // An internal audit planned two days ago, never marked held: its first finding says it took place.
    const planned = await seed('audits.create', {
      type: 'interne',
      certificationId: null,
      title: 'Audit interne de l’accueil',
      startDate: dayFromToday(-2).iso,
      endDate: dayFromToday(-2).iso,
      status: 'planifie',
      leadAuditor: null,
      auditors: [],
      auditeeIds: [],
      processIds: [],
      requirementIds: [],
      notes: null,
    });
    await page.goto(`${server.url}#/audits/${planned.id}`);
    const record = page.getByRole('region', { name: 'Fiche de l’audit' });
    await expect.poll(() => text(record)).toContain('Planifié');
    const [{ reference } = { reference: '?' }] = query<{ reference: string }>(`SELECT reference FROM audits WHERE id = ${planned.id}`);
    await addPointFort('Livret d’accueil remis à chaque entrée.');
    await notice(`Constat « Point fort » enregistré. L’audit ${reference} est désormais « Réalisé ».`);
    await expect.poll(() => text(record)).toContain('Réalisé');
    expect(await text(record)).not.toContain('Planifié');
    const history = page.locator('section', { has: page.getByRole('heading', { name: 'Historique' }) }).last();
    await expect.poll(() => text(history)).toMatch(/Statut : Planifié → Réalisé/);
    expect(query(`SELECT status FROM audits WHERE id = ${planned.id}`)).toEqual([{ status: 'realise' }]);
    await noViolations();
  });

  it('logs no page errors or CSP violations', () => {
    expect(pageErrors).toEqual([]);
  });
});

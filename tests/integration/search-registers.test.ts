import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../shared/schemas/search';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';
import { issueFields, partyFields, riskFields, sourceFields, watchItemFields } from '../helpers/context';
import { buildLoopFile } from '../helpers/loopFixture';

describe('global search over every register', () => {
  let backend: TestBackend;
  let loop: Awaited<ReturnType<typeof buildLoopFile>>;
  beforeEach(async () => {
    backend = await openTestBackend();
    loop = await buildLoopFile(backend);
  });
  afterEach(() => backend.close());

  const search = (text: string) => expectOk<SearchHit[]>(backend.api, 'search.query', { text });
  const first = async (text: string) => (await search(text))[0];

  it('finds an NC, an action, an audit and a réclamation by their reference, that record first', async () => {
    const nc = loop.nonconformities.overdue;
    const action = loop.actions.overdue;
    const complaint = loop.complaints.unanswered;
    for (const [typed, kind, id] of [
      [nc.reference, 'nonconformity', nc.id],
      [action.reference.toLowerCase(), 'action', action.id],
      [loop.audit.reference, 'audit', loop.audit.id],
      [complaint.reference, 'complaint', complaint.id],
    ] as const) {
      expect(await first(typed), typed).toMatchObject({ kind, id, pageId: id, label: typed.toUpperCase() });
    }
  });

  it('finds records by a word of their text, without accents or capitals', async () => {
    expect(await search('MAIRIE saint-aubin')).toEqual([expect.objectContaining({ kind: 'complaint', id: loop.complaints.late.id })]);
    const hits = await search('referent reclamations');
    expect(hits.map((hit) => [hit.kind, hit.id])).toContainEqual(['action', loop.actions.referent.id]);
    const finding = (await search('registre 3 reclamations sans analyse')).find((hit) => hit.kind === 'finding');
    // A finding opens its audit's page, and says where the words were.
    expect(finding).toMatchObject({ id: loop.findings.nc.id, pageId: loop.audit.id, label: loop.audit.reference });
    expect(finding?.excerpt).toContain('«Registre»');
    expect((await search('Sophie Lefevre')).map((hit) => hit.kind)).toContain('person');
    expect((await search('accueil recrutement')).map((hit) => hit.kind)).toContain('process');
  });

  it('gives one title per language: a requirement’s French and English titles are not glued', async () => {
    const hit = (await search('8.1')).find((candidate) => candidate.kind === 'requirement' && candidate.label === '8.1');
    expect(hit).toMatchObject({
      title: 'Planification et maîtrise opérationnelles',
      titleEn: expect.stringMatching(/^Operational planning/),
    });
  });

  it('ranks a record found by its title above one found in its text, and finds nothing for a word in none', async () => {
    // « registre » is in the action's title and only in the finding's evidence.
    const hits = (await search('registre')).map((hit) => `${hit.kind}:${hit.id}`);
    const inTitle = hits.indexOf(`action:${loop.actions.register.id}`);
    expect(inTitle).toBeGreaterThanOrEqual(0);
    expect(inTitle).toBeLessThan(hits.indexOf(`finding:${loop.findings.nc.id}`));
    expect(await search('zzzinexistant')).toEqual([]);
  });

  it('finds the context registers: an issue, an interested party, a risk, a watch source and item, each opening its page', async () => {
    const { id: owner } = await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Claire Martin', jobTitle: 'Directrice' });
    const issue = await expectOk<{ id: number }>(
      backend.api,
      'issues.create',
      issueFields({ title: 'Fermeture annoncée de la ressourcerie voisine' }),
    );
    const party = await expectOk<{ id: number }>(
      backend.api,
      'parties.create',
      partyFields({ name: 'Conseil départemental', needs: 'Taux de sorties dynamiques suivi chaque trimestre.' }),
    );
    const risk = await expectOk<{ id: number; reference: string }>(backend.api, 'risks.create', {
      fields: riskFields(owner, { title: 'Départ du seul encadrant habilité CACES' }),
      evaluation: { likelihood: 3, impact: 4 },
    });
    const source = await expectOk<{ id: number }>(
      backend.api,
      'watch.createSource',
      sourceFields({ name: 'Bulletin officiel du COORACE' }),
    );
    const item = await expectOk<{ id: number; reference: string }>(
      backend.api,
      'watch.create',
      watchItemFields({ sourceId: source.id, summary: 'Nouvelle grille tarifaire des aides au poste en 2027.' }),
    );
    const hit = async (text: string, kind: SearchHit['kind']) => (await search(text)).find((candidate) => candidate.kind === kind);

    // By a word of the title, without accents or capitals…
    expect(await hit('ressourcerie', 'issue')).toMatchObject({
      id: issue.id,
      pageId: issue.id,
      title: 'Fermeture annoncée de la ressourcerie voisine',
    });
    expect(await hit('conseil departemental', 'party')).toMatchObject({ id: party.id, pageId: party.id });
    expect(await hit('encadrant habilite', 'risk')).toMatchObject({ id: risk.id, label: risk.reference });
    expect(await hit('coorace bulletin', 'watch_source')).toMatchObject({
      id: source.id,
      pageId: source.id,
      title: 'Bulletin officiel du COORACE',
    });
    // …by a word of their text, with an excerpt saying where…
    expect((await hit('trimestre', 'party'))?.excerpt).toContain('«trimestre»');
    expect((await hit('grille tarifaire', 'watch_item'))?.id).toBe(item.id);
    // …and by reference, that record first.
    expect((await search(risk.reference))[0]).toMatchObject({ kind: 'risk', id: risk.id });
    expect((await search(item.reference.toLowerCase()))[0]).toMatchObject({ kind: 'watch_item', id: item.id });
  });
});

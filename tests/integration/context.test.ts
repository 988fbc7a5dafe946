import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { ClimateAnswer, ContextOverview, Issue } from '../../shared/schemas/issues';
import type { Party } from '../../shared/schemas/parties';
import type { RequirementOption } from '../../shared/schemas/referentials';
import { dataChecksum } from '../helpers/checksum';
import { issueFields, partyFields } from '../helpers/context';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

describe('the structure’s context and its interested parties', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
  });
  afterEach(() => backend.close());

  const refused = async (method: string, input: unknown) => {
    const before = dataChecksum(backend.filePath);
    const result = await backend.api.invoke(method, input);
    expect(dataChecksum(backend.filePath)).toBe(before);
    if (result.ok) throw new Error(`${method} should have been refused`);
    return result.error;
  };
  const history = (entity: string, entityId: number) => expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity, entityId });
  const links = (entity: string, entityId: number) =>
    expectOk<RequirementOption[]>(backend.api, 'referentials.linksFor', { entity, entityId });

  it('records an issue linked to §4.1, reviews it, retires it, and refuses dates out of its life', async () => {
    expect(await refused('issues.create', issueFields({ reviewDue: '2026-01-01' }))).toMatchObject({
      fields: { reviewDue: 'La prochaine revue (1er janvier 2026) ne peut pas précéder l’identification de l’enjeu (15 janvier 2026).' },
    });
    expect(await refused('issues.create', issueFields({ identifiedOn: '2026-12-01', reviewDue: '2027-12-01' }))).toMatchObject({
      fields: { identifiedOn: 'La date d’identification ne peut pas être dans le futur.' },
    });
    expect(await refused('issues.create', { ...issueFields(), nature: 'ailleurs' })).toMatchObject({
      fields: { nature: 'Choisissez si l’enjeu est interne ou externe.' },
    });

    const issue = await expectOk<Issue>(backend.api, 'issues.create', issueFields());
    expect(issue).toMatchObject({ status: 'actif', reviewLate: false, riskCount: 0 });
    expect((await links('issue', issue.id)).map((link) => link.number)).toEqual(['4.1']);

    expect(
      await refused('issues.review', {
        id: issue.id,
        revision: issue.revision,
        fields: { reviewedOn: '2026-01-10', nextReviewDue: '2027-01-10', comment: null },
      }),
    ).toMatchObject({
      fields: { 'fields.reviewedOn': 'La revue (10 janvier 2026) ne peut pas précéder l’identification (15 janvier 2026).' },
    });
    const reviewed = await expectOk<Issue>(backend.api, 'issues.review', {
      id: issue.id,
      revision: issue.revision,
      fields: { reviewedOn: '2026-06-30', nextReviewDue: '2026-11-20', comment: 'Toujours d’actualité.' },
    });
    expect(reviewed).toMatchObject({ lastReviewedOn: '2026-06-30', reviewDue: '2026-11-20', reviewLate: true });
    expect(await expectOk<Issue[]>(backend.api, 'issues.list', { reviewLateOnly: true })).toHaveLength(1);

    expect(
      await refused('issues.update', { id: issue.id, revision: reviewed.revision, fields: issueFields({ identifiedOn: '2026-07-01' }) }),
    ).toMatchObject({
      fields: { 'fields.identifiedOn': 'La dernière revue (30 juin 2026) ne peut pas précéder l’identification (1er juillet 2026).' },
    });
    const retired = await expectOk<Issue>(backend.api, 'issues.retire', {
      id: issue.id,
      revision: reviewed.revision,
      fields: { retiredOn: '2026-11-02', reason: 'Le Département a maintenu son enveloppe.' },
    });
    expect(retired).toMatchObject({ status: 'retire', retiredOn: '2026-11-02', reviewLate: false });
    expect(await expectOk<Issue[]>(backend.api, 'issues.list', {})).toEqual([]);
    expect(await expectOk<Issue[]>(backend.api, 'issues.list', { includeRetired: true })).toHaveLength(1);
    expect(await refused('issues.update', { id: issue.id, revision: retired.revision, fields: issueFields() })).toMatchObject({
      code: 'conflict',
      message: 'L’enjeu « Baisse des financements du Département » est retiré du registre : il ne se modifie plus.',
    });
    expect((await history('issue', issue.id)).map((entry) => entry.action)).toEqual(['retire', 'review', 'requirement_link', 'create']);
  });

  it('keeps the grouping chosen and every dated answer to the climate question, latest first', async () => {
    expect(await expectOk<ContextOverview>(backend.api, 'issues.overview', {})).toEqual({ grouping: 'swot', climate: [] });
    expect(await expectOk<ContextOverview>(backend.api, 'issues.setGrouping', { grouping: 'pestel' })).toMatchObject({
      grouping: 'pestel',
    });
    expect(
      await refused('issues.answerClimate', { answeredOn: '2026-03-02', relevant: null, justification: 'Chantiers en extérieur.' }),
    ).toMatchObject({ fields: { relevant: 'Répondez par oui ou par non.' } });
    await expectOk(backend.api, 'issues.answerClimate', {
      answeredOn: '2026-03-02',
      relevant: false,
      justification: 'Activité de bureau.',
    });
    const answers = await expectOk<ClimateAnswer[]>(backend.api, 'issues.answerClimate', {
      answeredOn: '2026-09-14',
      relevant: true,
      justification: 'Les chantiers d’espaces verts subissent les canicules.',
    });
    expect(answers.map((answer) => [answer.answeredOn, answer.relevant])).toEqual([
      ['2026-09-14', true],
      ['2026-03-02', false],
    ]);
    expect((await history('organisation', 1)).map((entry) => entry.action).slice(0, 3)).toEqual([
      'climate_answer',
      'climate_answer',
      'update',
    ]);
  });

  it('records a party with what answers it, refuses a missing process, and exports the register to CSV', async () => {
    const pilot = await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Claire Martin', jobTitle: 'Directrice' });
    const process = await expectOk<{ id: number }>(backend.api, 'processes.create', {
      name: 'Accompagnement socioprofessionnel',
      kind: 'realisation',
      pilotId: pilot.id,
    });
    expect(await refused('parties.create', partyFields({ processIds: [process.id, 999] }))).toMatchObject({
      fields: { 'processIds.1': 'Ce processus n’existe pas.' },
    });
    const party = await expectOk<Party>(backend.api, 'parties.create', partyFields({ processIds: [process.id] }));
    expect(party.processes).toEqual([{ id: process.id, name: 'Accompagnement socioprofessionnel' }]);
    expect((await links('party', party.id)).map((link) => link.number)).toEqual(['4.2']);
    const edited = await expectOk<Party>(backend.api, 'parties.update', {
      id: party.id,
      revision: party.revision,
      fields: partyFields({ processIds: [], relevance: 'moyenne' }),
    });
    expect(edited).toMatchObject({ processes: [], relevance: 'moyenne' });
    expect((await history('party', party.id))[0]?.changes).toEqual([
      { field: 'relevance', before: 'forte', after: 'moyenne' },
      { field: 'processes', before: 'Accompagnement socioprofessionnel', after: null },
    ]);
    expect(await expectOk<Party[]>(backend.api, 'parties.list', { relevance: 'forte' })).toEqual([]);

    const csv = await backend.api.invoke('parties.exportCsv', {});
    if (!csv.ok) throw new Error('export refused');
    const text = Buffer.from((csv.value as { content: Uint8Array }).content).toString('utf8');
    expect(text.split('\r\n')[1]).toContain('"Prescripteurs (France Travail, missions locales)";"Externe";"Moyenne"');
  });
});

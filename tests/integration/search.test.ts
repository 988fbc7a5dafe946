import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QualityDocument } from '../../shared/schemas/documents';
import type { SearchHit } from '../../shared/schemas/search';
import type { DocumentVersion } from '../../shared/schemas/versions';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

describe('global search', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
  });
  afterEach(() => backend.close());

  const search = (text: string) => expectOk<SearchHit[]>(backend.api, 'search.query', { text });
  const createDocument = (title: string, type = 'procedure') =>
    expectOk<QualityDocument>(backend.api, 'documents.create', {
      title,
      type,
      initialStatus: 'brouillon',
      processId: null,
      ownerId: null,
      reviewPeriodMonths: 12,
      effectiveDate: null,
      approvedById: null,
      approvedOn: null,
    });

  it('finds documents by reference and title without accents or capitals', async () => {
    const document = await createDocument('Traitement des réclamations');
    await createDocument('Politique qualité', 'politique');
    expect((await search('reclamations')).map((hit) => [hit.kind, hit.id, hit.label])).toEqual([['document', document.id, 'PR-001']]);
    expect((await search('TRAITEMENT Réclam')).map((hit) => hit.label)).toEqual(['PR-001']);
    expect((await search('pol-001')).map((hit) => hit.title)).toEqual(['Politique qualité']);
    expect(await search('   ')).toEqual([]);
  });

  it('spells ligatures out both ways: "oeuvre" finds "œuvre", "cœur" finds "coeur"', async () => {
    const ligature = await createDocument('Mise en œuvre des chantiers');
    const spelled = await createDocument('Le coeur du métier');
    const documents = async (text: string) => (await search(text)).filter((hit) => hit.kind === 'document').map((hit) => hit.id);
    expect(await documents('oeuvre chantiers')).toEqual([ligature.id]);
    expect(await documents('œuvre')).toEqual([ligature.id]);
    expect(await documents('cœur')).toEqual([spelled.id]);
  });

  it('finds a document by a word of a version’s change summary, and shows where', async () => {
    const document = await createDocument('Accueil des salariés');
    const [draft] = await expectOk<DocumentVersion[]>(backend.api, 'documents.versions', { documentId: document.id });
    if (!draft) throw new Error('no draft');
    await expectOk(backend.api, 'documents.updateVersion', {
      id: draft.id,
      revision: draft.revision,
      fields: {
        changeSummary: 'Ajout de l’entretien préalable à l’embauche.',
        writtenById: null,
        writtenOn: null,
        checkedById: null,
        checkedOn: null,
        effectiveDate: null,
      },
    });
    const hits = await search('prealable');
    expect(hits.map((hit) => hit.id)).toEqual([document.id]);
    expect(hits[0]?.excerpt).toContain('«préalable»');
    const renamed = await expectOk<QualityDocument>(backend.api, 'documents.get', { id: document.id });
    await expectOk(backend.api, 'documents.update', {
      id: document.id,
      revision: renamed.revision,
      fields: { title: 'Intégration des salariés', type: 'procedure', processId: null, ownerId: null, reviewPeriodMonths: 12 },
    });
    expect(await search('accueil')).toEqual([]);
    expect((await search('integration')).map((hit) => hit.id)).toEqual([document.id]);
  });

  it('finds requirements of the shipped referential by number and French title', async () => {
    const hits = await search('non conformite action corrective');
    expect(hits.some((hit) => hit.kind === 'requirement' && hit.label === '10.2')).toBe(true);
  });

  it('treats operators and SQL as words', async () => {
    await createDocument('Traitement des réclamations');
    for (const hostile of ['" OR 1=1 --', 'NEAR(a b)', '*', 'title:x', "'; DROP TABLE documents; --"]) {
      expect(Array.isArray(await search(hostile))).toBe(true);
    }
    expect((await search('réclamations')).length).toBe(1);
  });
});

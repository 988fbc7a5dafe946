import crypto from 'node:crypto';
import type { DocumentVersion } from '../../shared/schemas/versions';
import { expectOk, type TestBackend } from './backend';
import { iso } from './referentials';

type Id = { id: number };

/** A file attached to a document in force, as the pack must embed it. */
export type FixtureFile = { fileName: string; sha256: string; content: Buffer; reference: string };

export const ACCENTED_TITLE = 'Procédure d’accueil des salariés en insertion : œuvre commune';

export const pseudoRandom = (seed: number, size: number): Buffer => {
  const bytes = Buffer.alloc(size);
  let state = seed;
  for (let index = 0; index < size; index++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[index] = state >> 16;
  }
  return bytes;
};

/** A draft whose files are attached, then submitted and approved: a document in force with evidence. */
export const documentWithFiles = async (
  backend: TestBackend,
  fields: { title: string; type: string; processId: number | null; ownerId: number; reviewPeriodMonths: number },
  approverId: number,
  approvedOn: string,
  files: { fileName: string; content: Buffer }[],
): Promise<{ documentId: number; reference: string; files: FixtureFile[] }> => {
  const { api } = backend;
  const document = await expectOk<Id & { reference: string }>(api, 'documents.create', {
    ...fields,
    initialStatus: 'brouillon',
    effectiveDate: null,
    approvedById: null,
    approvedOn: null,
  });
  let [draft] = await expectOk<DocumentVersion[]>(api, 'documents.versions', { documentId: document.id });
  if (!draft) throw new Error('no draft');
  draft = await expectOk<DocumentVersion>(api, 'documents.updateVersion', {
    id: draft.id,
    revision: draft.revision,
    fields: {
      changeSummary: 'Première rédaction validée en groupe qualité.',
      writtenById: fields.ownerId,
      writtenOn: approvedOn,
      checkedById: null,
      checkedOn: null,
      effectiveDate: approvedOn,
    },
  });
  const stored: FixtureFile[] = [];
  for (const file of files) {
    const result = await backend.api.invoke('files.upload', {
      owner: { entity: 'document_version', id: draft.id },
      fileName: file.fileName,
      content: file.content,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const attachment = result.value as { fileName: string; sha256: string };
    stored.push({ fileName: attachment.fileName, sha256: attachment.sha256, content: file.content, reference: document.reference });
  }
  draft = await expectOk<DocumentVersion>(api, 'documents.submitVersion', { id: draft.id, revision: draft.revision });
  await expectOk(api, 'documents.approveVersion', {
    id: draft.id,
    revision: draft.revision,
    fields: { approvedById: approverId, approvedOn, effectiveDate: approvedOn, checkedById: null, checkedOn: null },
  });
  return { documentId: document.id, reference: document.reference, files: stored };
};

/**
 * A small association's quality system as a responsable qualité would have typed it: people,
 * processes, documents in force with French titles, one review overdue, reviews, reads, files and
 * links to ISO 9001:2015 (with one clause non applicable).
 */
export const buildRealisticFile = async (backend: TestBackend) => {
  const { api } = backend;
  await expectOk(api, 'organisation.update', { name: 'Association Tremplin — Économie solidaire', indiceScheme: 'numeric' });
  const amelie = await expectOk<Id>(api, 'people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' });
  const karim = await expectOk<Id>(api, 'people.create', { name: 'Karim Benali', jobTitle: 'Directeur' });
  const sophie = await expectOk<Id>(api, 'people.create', { name: 'Sophie Lefèvre', jobTitle: 'Conseillère en insertion professionnelle' });
  const accueil = await expectOk<Id>(api, 'processes.create', { name: 'Accueil et recrutement', kind: 'realisation', pilotId: sophie.id });
  const pilotage = await expectOk<Id>(api, 'processes.create', { name: 'Pilotage', kind: 'pilotage', pilotId: karim.id });

  const welcome = await documentWithFiles(
    backend,
    { title: ACCENTED_TITLE, type: 'procedure', processId: accueil.id, ownerId: sophie.id, reviewPeriodMonths: 24 },
    karim.id,
    '2026-03-02',
    [
      {
        fileName: 'Procédure accueil signée.pdf',
        content: Buffer.concat([Buffer.from('%PDF-1.4\n% Sève test\n'), pseudoRandom(1, 40_000)]),
      },
      { fileName: 'Livret d’accueil « salariés ».docx', content: pseudoRandom(2, 25_000) },
    ],
  );
  const policy = await documentWithFiles(
    backend,
    { title: 'Politique qualité et engagements', type: 'politique', processId: pilotage.id, ownerId: karim.id, reviewPeriodMonths: 12 },
    karim.id,
    '2025-06-15',
    [{ fileName: 'politique-qualite.png', content: pseudoRandom(3, 12_000) }],
  );
  const complaints = await expectOk<Id & { reference: string }>(api, 'documents.create', {
    title: 'Traitement des réclamations clients et salariés',
    type: 'procedure',
    processId: pilotage.id,
    ownerId: amelie.id,
    reviewPeriodMonths: 12,
    initialStatus: 'en_vigueur',
    effectiveDate: '2026-01-15',
    approvedById: karim.id,
    approvedOn: '2026-01-10',
  });
  await expectOk(api, 'documents.recordReview', {
    documentId: complaints.id,
    fields: { reviewDate: '2026-10-02', reviewerId: amelie.id, outcome: 'reconduit', comment: 'Relu en groupe qualité ; rien à changer !' },
  });
  const versions = await expectOk<DocumentVersion[]>(api, 'documents.versions', { documentId: welcome.documentId });
  const inForce = versions.find((version) => version.status === 'en_vigueur');
  if (inForce)
    await expectOk(api, 'documents.recordReads', { versionId: inForce.id, personIds: [amelie.id, karim.id], readOn: '2026-03-10' });

  const { byNumber } = await iso(backend);
  const link = (number: string, documentId: number) =>
    expectOk(api, 'referentials.link', { requirementId: byNumber.get(number)?.id, entity: 'document', entityId: documentId });
  await link('5.2', policy.documentId);
  await link('8.2', welcome.documentId);
  await link('9.1.2', complaints.id);
  await link('8.2', complaints.id);
  const designClause = byNumber.get('8.3');
  if (designClause) {
    await expectOk(api, 'referentials.setApplicability', {
      id: designClause.id,
      fields: {
        applicable: false,
        justification: 'La structure ne conçoit pas de produits : ses prestations suivent les cahiers des charges des prescripteurs.',
      },
    });
  }
  return {
    people: { amelie, karim, sophie },
    processes: { accueil, pilotage },
    documents: { welcome, policy, complaints },
    files: [...welcome.files, ...policy.files],
    requirements: byNumber,
  };
};

export const sha256Of = (bytes: Uint8Array): string => crypto.createHash('sha256').update(bytes).digest('hex');

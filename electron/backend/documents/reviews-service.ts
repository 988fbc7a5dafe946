import type { z } from 'zod';
import { outOfOrder, toCalendarDate } from '../../../shared/domain/dates';
import { indiceLabel } from '../../../shared/domain/versions';
import type { DocumentReview, VersionReads, readsRecordSchema, reviewRecordSchema } from '../../../shared/schemas/versions';
import { ServiceError, invalidField } from '../errors';
import { namedPerson } from '../people/lookup';
import type { DocumentsContext } from './context';
import { emptyDraft } from './versions-repository';

/** Periodic reviews of the version in force, and who has read it (émargement). */
export const createReviewsService = (dc: DocumentsContext) => {
  const { repos } = dc;
  const today = () => toCalendarDate(dc.now());

  return {
    /** The review log of a document, latest first. */
    list: (documentId: number): DocumentReview[] => {
      dc.mustGetDocument(documentId);
      return repos.reviews.forDocument(documentId);
    },

    /**
     * Records a periodic review of the version in force. "Reconduit" restarts the review cycle from
     * the review date; "à réviser" keeps it running (the revision is still to do) and opens a draft.
     */
    record: (input: z.output<typeof reviewRecordSchema>): DocumentReview =>
      dc.db
        .transaction(() => {
          const document = dc.mustGetDocument(input.documentId);
          if (!document.inForce)
            throw new ServiceError(
              'conflict',
              'Seul un document en vigueur a des revues périodiques : ce document n’a pas de version en vigueur.',
            );
          const { fields } = input;
          if (fields.reviewDate > today()) throw invalidField('fields.reviewDate', 'La date de la revue ne peut pas être dans le futur.');
          if (fields.reviewDate < document.inForce.effectiveDate) {
            throw invalidField(
              'fields.reviewDate',
              `La revue ne peut pas précéder l’application de la version ${document.inForce.indice}.`,
            );
          }
          const reviewer = namedPerson(repos.people, fields.reviewerId, 'fields.reviewerId');
          const at = dc.now().toISOString();
          let draftVersionId: number | null = document.pending?.id ?? null;
          let draftIndice = document.pending?.indice ?? null;
          if (fields.outcome === 'a_reviser' && draftVersionId === null) {
            const sequence = repos.versions.lastSequence(document.id) + 1;
            draftIndice = indiceLabel(sequence, dc.indiceScheme());
            draftVersionId = repos.versions.insert(document.id, sequence, draftIndice, emptyDraft, at);
          }
          const id = repos.reviews.insert(
            {
              documentId: document.id,
              versionId: document.inForce.id,
              plannedDate: document.nextReviewDue,
              reviewDate: fields.reviewDate,
              reviewerId: fields.reviewerId,
              outcome: fields.outcome,
              comment: fields.comment,
              draftVersionId: fields.outcome === 'a_reviser' ? draftVersionId : null,
            },
            at,
          );
          dc.record(
            document.id,
            'review',
            [
              { field: 'version', before: null, after: document.inForce.indice },
              { field: 'reviewDate', before: document.nextReviewDue, after: fields.reviewDate },
              { field: 'reviewer', before: null, after: reviewer },
              { field: 'outcome', before: null, after: fields.outcome },
              ...(fields.comment ? [{ field: 'comment', before: null, after: fields.comment }] : []),
              ...(fields.outcome === 'a_reviser' ? [{ field: 'draft', before: null, after: draftIndice }] : []),
            ],
            at,
          );
          dc.sync(document.id, at);
          const review = repos.reviews.forDocument(document.id).find((candidate) => candidate.id === id);
          if (!review) throw new Error(`review ${id} vanished inside its own transaction`);
          return review;
        })
        .immediate(),

    /** Who has acknowledged a version, and which active people have not yet. */
    reads: (versionId: number): VersionReads => {
      dc.mustGetVersion(versionId);
      return { versionId, read: repos.reads.read(versionId), notYet: repos.reads.notYet(versionId) };
    },

    /** Records that these people have read the version in force, on `readOn`. */
    recordReads: (input: z.output<typeof readsRecordSchema>): VersionReads =>
      dc.db
        .transaction(() => {
          const version = dc.mustGetVersion(input.versionId);
          if (version.status !== 'en_vigueur') {
            throw new ServiceError(
              'conflict',
              `L’émargement se fait sur la version en vigueur ; la version ${version.indice} ne l’est pas.`,
            );
          }
          if (input.readOn > today()) throw invalidField('readOn', 'La date de lecture ne peut pas être dans le futur.');
          if (version.effectiveDate !== null && input.readOn < version.effectiveDate) {
            throw invalidField(
              'readOn',
              outOfOrder('La lecture', input.readOn, `l’entrée en vigueur de la version ${version.indice}`, version.effectiveDate),
            );
          }
          const already = new Map(repos.reads.read(version.id).map((entry) => [entry.personId, entry]));
          const names = input.personIds.map((personId) => {
            const previous = already.get(personId);
            if (previous) throw invalidField('personIds', `${previous.name} a déjà émargé cette version.`);
            return namedPerson(repos.people, personId, 'personIds');
          });
          const at = dc.now().toISOString();
          for (const personId of input.personIds) repos.reads.insert(version.id, personId, input.readOn, at);
          dc.record(
            version.documentId,
            'read',
            [
              { field: 'version', before: null, after: version.indice },
              { field: 'readers', before: null, after: names.join(', ') },
              { field: 'readOn', before: null, after: input.readOn },
            ],
            at,
          );
          return { versionId: version.id, read: repos.reads.read(version.id), notYet: repos.reads.notYet(version.id) };
        })
        .immediate(),
  };
};

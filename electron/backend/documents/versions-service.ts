import type { z } from 'zod';
import { toCalendarDate } from '../../../shared/domain/dates';
import { canApply, indiceLabel, type VersionTransition } from '../../../shared/domain/versions';
import type {
  DocumentVersion,
  versionApproveSchema,
  versionCommentStepSchema,
  versionStepSchema,
  versionUpdateSchema,
} from '../../../shared/schemas/versions';
import { ServiceError, invalidField } from '../errors';
import { diffFields } from '../history/changes';
import { namedPerson } from '../people/lookup';
import type { DocumentsContext } from './context';
import { emptyDraft, valuesOf, type VersionValues } from './versions-repository';

const statusLabels = {
  brouillon: 'en brouillon',
  soumis: 'soumise pour approbation',
  en_vigueur: 'en vigueur',
  obsolete: 'obsolète',
} as const;
const transitionLabels: Record<VersionTransition, string> = {
  submit: 'soumise pour approbation',
  returnToDraft: 'renvoyée en brouillon',
  approve: 'approuvée',
  withdraw: 'retirée',
  abandon: 'abandonnée',
};

/** What history keeps of a version: names and dates, as they read at the time. */
const snapshot = (version: DocumentVersion) => ({
  changeSummary: version.changeSummary,
  effectiveDate: version.effectiveDate,
  writtenBy: version.writtenByName,
  writtenOn: version.writtenOn,
  checkedBy: version.checkedByName,
  checkedOn: version.checkedOn,
  approvedBy: version.approvedByName,
  approvedOn: version.approvedOn,
});

/** What every change to a version does: load it for a move, refuse a date in the future, save it with its history. */
const createVersionSaving = (dc: DocumentsContext) => {
  const { repos } = dc;
  const today = () => toCalendarDate(dc.now());

  /** Loads a version for a move, refusing a stale revision or a move its status does not allow. */
  const forMove = (id: number, revision: number, transition: VersionTransition): DocumentVersion => {
    const version = dc.mustGetVersion(id);
    if (version.revision !== revision) {
      throw new ServiceError('conflict', `La version ${version.indice} a été modifiée entre-temps. Rechargez la page, puis recommencez.`);
    }
    if (!canApply(transition, version.status)) {
      throw new ServiceError(
        'conflict',
        `La version ${version.indice} est ${statusLabels[version.status]} : elle ne peut pas être ${transitionLabels[transition]}.`,
      );
    }
    return version;
  };

  /** Saves the version, records the move on the document's timeline, and refreshes the document. */
  const save = (version: DocumentVersion, values: VersionValues, action: string, extra: Record<string, unknown> = {}): DocumentVersion => {
    const at = dc.now().toISOString();
    repos.versions.update(version.id, values, at);
    const after = dc.mustGetVersion(version.id);
    const changes = diffFields({ status: version.status, ...snapshot(version) }, { status: after.status, ...snapshot(after) });
    dc.record(
      version.documentId,
      action,
      [
        { field: 'version', before: null, after: version.indice },
        ...changes,
        ...Object.entries(extra).map(([field, value]) => ({ field, before: null, after: value })),
      ],
      at,
    );
    dc.sync(version.documentId, at);
    return after;
  };

  const notInFuture = (date: string | null, field: string, what: string): void => {
    if (date !== null && date > today()) throw invalidField(field, `${what} ne peut pas être dans le futur.`);
  };

  return { today, forMove, save, notInFuture };
};

type VersionSaving = ReturnType<typeof createVersionSaving>;

/** A document's versions to read, and the draft being written: opened, then edited. */
const createVersionDrafts = (dc: DocumentsContext, { save, notInFuture }: VersionSaving) => {
  const { repos } = dc;
  return {
    /** Every version of a document, newest first; obsolete ones stay readable. */
    list: (documentId: number): DocumentVersion[] => {
      dc.mustGetDocument(documentId);
      return repos.versions.forDocument(documentId);
    },

    /** Opens the next version as a draft; a document has at most one version being written. */
    createDraft: (documentId: number): DocumentVersion =>
      dc.db
        .transaction(() => {
          const document = dc.mustGetDocument(documentId);
          if (document.pending) {
            throw new ServiceError(
              'conflict',
              `La version ${document.pending.indice} est déjà en cours (${statusLabels[document.pending.status]}) : terminez-la ou abandonnez-la d’abord.`,
            );
          }
          const sequence = repos.versions.lastSequence(documentId) + 1;
          const indice = indiceLabel(sequence, dc.indiceScheme());
          const at = dc.now().toISOString();
          const id = repos.versions.insert(documentId, sequence, indice, emptyDraft, at);
          dc.record(documentId, 'version_create', [{ field: 'version', before: null, after: indice }], at);
          dc.sync(documentId, at);
          return dc.mustGetVersion(id);
        })
        .immediate(),

    /** Edits a draft: summary, who wrote and checked it, planned effective date. */
    updateDraft: (input: z.output<typeof versionUpdateSchema>): DocumentVersion =>
      dc.db
        .transaction(() => {
          const version = dc.mustGetVersion(input.id);
          if (version.revision !== input.revision)
            throw new ServiceError('conflict', `La version ${version.indice} a été modifiée entre-temps. Rechargez la page.`);
          if (version.status !== 'brouillon') {
            throw new ServiceError(
              'conflict',
              `La version ${version.indice} est ${statusLabels[version.status]} : seul un brouillon se modifie.`,
            );
          }
          const { fields } = input;
          namedPerson(repos.people, fields.writtenById, 'fields.writtenById', version.writtenById);
          namedPerson(repos.people, fields.checkedById, 'fields.checkedById', version.checkedById);
          notInFuture(fields.writtenOn, 'fields.writtenOn', 'La date de rédaction');
          notInFuture(fields.checkedOn, 'fields.checkedOn', 'La date de vérification');
          return save(version, { ...valuesOf(version), ...fields }, 'version_update');
        })
        .immediate(),
  };
};

/** The moves of a version's lifecycle: submitted, sent back, approved into force, withdrawn or abandoned. */
const createVersionApproval = (dc: DocumentsContext, { today, forMove, save, notInFuture }: VersionSaving) => {
  const { repos } = dc;
  return {
    /** Submits a draft for approval: it must say what changed and who wrote it. */
    submit: (input: z.output<typeof versionStepSchema>): DocumentVersion =>
      dc.db
        .transaction(() => {
          const version = forMove(input.id, input.revision, 'submit');
          const missing: Record<string, string> = {};
          if (!version.changeSummary) missing.changeSummary = 'Résumez ce qui change dans cette version avant de la soumettre.';
          if (version.writtenById === null) missing.writtenById = 'Indiquez qui a rédigé cette version avant de la soumettre.';
          if (Object.keys(missing).length > 0) {
            throw new ServiceError(
              'invalid_input',
              `La version ${version.indice} ne peut pas encore être soumise : ${Object.values(missing).join(' ')}`,
              missing,
            );
          }
          return save(version, { ...valuesOf(version), status: 'soumis', writtenOn: version.writtenOn ?? today() }, 'version_submit');
        })
        .immediate(),

    /** Sends a submitted version back to its author, with the reason. */
    returnToDraft: (input: z.output<typeof versionCommentStepSchema>): DocumentVersion =>
      dc.db
        .transaction(() => {
          const version = forMove(input.id, input.revision, 'returnToDraft');
          return save(version, { ...valuesOf(version), status: 'brouillon' }, 'version_return', { comment: input.comment });
        })
        .immediate(),

    /** Approves a submitted version into force; the version it replaces becomes obsolete in the same transaction. */
    approve: (input: z.output<typeof versionApproveSchema>): DocumentVersion =>
      dc.db
        .transaction(() => {
          const version = forMove(input.id, input.revision, 'approve');
          const { fields } = input;
          namedPerson(repos.people, fields.approvedById, 'fields.approvedById');
          namedPerson(repos.people, fields.checkedById, 'fields.checkedById', version.checkedById);
          notInFuture(fields.approvedOn, 'fields.approvedOn', 'La date d’approbation');
          const previous = repos.versions.forDocument(version.documentId).find((candidate) => candidate.status === 'en_vigueur');
          if (previous) {
            save(
              previous,
              {
                ...valuesOf(previous),
                status: 'obsolete',
                obsoleteReason: 'remplacee',
                obsoleteComment: `Remplacée par la version ${version.indice}.`,
                obsoleteOn: fields.effectiveDate,
              },
              'version_obsolete',
            );
          }
          return save(
            version,
            {
              ...valuesOf(version),
              ...fields,
              checkedById: fields.checkedById ?? version.checkedById,
              checkedOn: fields.checkedOn ?? version.checkedOn,
              status: 'en_vigueur',
            },
            'version_approve',
          );
        })
        .immediate(),

    /** Withdraws the version in force (the document becomes obsolete) or abandons a draft, with the reason. */
    withdraw: (input: z.output<typeof versionCommentStepSchema>): DocumentVersion =>
      dc.db
        .transaction(() => {
          const status = dc.mustGetVersion(input.id).status;
          const version = forMove(input.id, input.revision, status === 'brouillon' ? 'abandon' : 'withdraw');
          return save(
            version,
            { ...valuesOf(version), status: 'obsolete', obsoleteReason: 'retiree', obsoleteComment: input.comment, obsoleteOn: today() },
            'version_obsolete',
          );
        })
        .immediate(),
  };
};

/** Versions of a document and the moves of their lifecycle: write, submit, approve, withdraw. */
export const createVersionsService = (dc: DocumentsContext) => {
  const saving = createVersionSaving(dc);
  return { ...createVersionDrafts(dc, saving), ...createVersionApproval(dc, saving) };
};

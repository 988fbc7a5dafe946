import { nextReviewDue } from '../../../shared/domain/review';
import { documentStatusFrom } from '../../../shared/domain/versions';
import type { QualityDocument } from '../../../shared/schemas/documents';
import type { DocumentsRepository, DocumentState } from './repository';
import type { createReviewsRepository } from './reviews-repository';
import type { VersionsRepository } from './versions-repository';

/**
 * Recomputes what a document's versions and reviews decide: its status, and its review cycle,
 * which counts from the later of the version in force's effective date and its last "reconduit" review.
 */
export const syncDocumentState = (
  repos: { documents: DocumentsRepository; versions: VersionsRepository; reviews: ReturnType<typeof createReviewsRepository> },
  document: QualityDocument,
  at: string,
): void => {
  const status = documentStatusFrom(repos.versions.statuses(document.id));
  const inForce = repos.versions.forDocument(document.id).find((version) => version.status === 'en_vigueur');
  let lastReviewDate: string | null = null;
  if (inForce?.effectiveDate) {
    const kept = repos.reviews.lastKept(inForce.id);
    lastReviewDate = kept !== null && kept > inForce.effectiveDate ? kept : inForce.effectiveDate;
  }
  const state: DocumentState = { status, lastReviewDate, nextReviewDue: nextReviewDue(lastReviewDate, document.reviewPeriodMonths) };
  repos.documents.updateState(document.id, state, at);
};

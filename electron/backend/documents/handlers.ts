import type { Handlers, MethodsOf } from '../handlers';

export const documentsHandlers: Handlers<MethodsOf<'documents'>> = {
  'documents.list': (input, session) => session.services().documents.list(input),
  'documents.page': (input, session) => session.services().documents.page(input),
  'documents.get': (input, session) => session.services().documents.get(input.id),
  'documents.create': (input, session) => session.services().documents.create(input),
  'documents.update': (input, session) => session.services().documents.update(input),
  'documents.versions': (input, session) => session.services().versions.list(input.documentId),
  'documents.createVersion': (input, session) => session.services().versions.createDraft(input.documentId),
  'documents.updateVersion': (input, session) => session.services().versions.updateDraft(input),
  'documents.submitVersion': (input, session) => session.services().versions.submit(input),
  'documents.returnVersion': (input, session) => session.services().versions.returnToDraft(input),
  'documents.approveVersion': (input, session) => session.services().versions.approve(input),
  'documents.withdrawVersion': (input, session) => session.services().versions.withdraw(input),
  'documents.reviews': (input, session) => session.services().reviews.list(input.documentId),
  'documents.recordReview': (input, session) => session.services().reviews.record(input),
  'documents.reads': (input, session) => session.services().reviews.reads(input.versionId),
  'documents.recordReads': (input, session) => session.services().reviews.recordReads(input),
};

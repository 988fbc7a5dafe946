import type { ServiceContext } from '../context';
import { createDocumentsContext } from './context';
import { createReviewsService } from './reviews-service';
import { createDocumentsService } from './service';
import { createVersionsService } from './versions-service';

/** Document control for one open file: the register, versions and approval, reviews and reads. */
export const createDocumentControl = (ctx: ServiceContext) => {
  const dc = createDocumentsContext(ctx);
  return {
    documents: createDocumentsService(dc),
    versions: createVersionsService(dc),
    reviews: createReviewsService(dc),
  };
};

import { packStartedSchema } from '../../schemas/pack';
import { readinessPdfStartSchema, readinessQuerySchema, readinessSchema } from '../../schemas/readiness';
import { method } from '../method';

/** « Prêt pour l'audit ? »: the findings an auditor would likely make, before the audit. */
export const readinessMethods = {
  'readiness.check': method(readinessQuerySchema, readinessSchema, false),
  /** The list as a PDF (the quality lead's to-do), a pack job: follow it with `pack.progress`, fetch it with `pack.download`. */
  'readiness.startPdf': method(readinessPdfStartSchema, packStartedSchema, false),
} as const;

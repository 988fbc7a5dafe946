import { statusOnRecording, type AuditRecording } from '../../../shared/domain/audits';
import { toCalendarDate } from '../../../shared/domain/dates';
import type { Audit } from '../../../shared/schemas/audits';
import { ServiceError } from '../errors';
import type { AuditsContext } from './context';

/**
 * Recording an audit's findings or conclusion says it took place: a planned audit whose first day
 * has come becomes « Réalisé », with its history entry; one still to come is refused (the rule is
 * `statusOnRecording`). Call inside the transaction that records them; returns the audit as it now is.
 */
export const markHeldOnRecording = (ac: AuditsContext, audit: Audit, recording: AuditRecording, at: string): Audit => {
  const next = statusOnRecording(audit, recording, toCalendarDate(ac.now()));
  if (!next.ok) throw new ServiceError('conflict', next.message);
  if (next.status === audit.status) return audit;
  ac.repos.audits.setStatus(audit.id, next.status, at);
  ac.record('audit', audit.id, 'update', [{ field: 'status', before: audit.status, after: next.status }], at);
  return ac.mustGetAudit(audit.id);
};

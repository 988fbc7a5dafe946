import { isExternalAudit, isHeldAudit } from '../../../../shared/domain/audits';
import { certificationAt } from '../../../../shared/domain/certification';
import { fromCalendarDate } from '../../../../shared/domain/dates';
import type { Audit, Certification } from '../../../../shared/schemas/audits';
import type { Process } from '../../../../shared/schemas/processes';
import { programmeCycle, type ProgrammeCycle } from '../../audits/programme';
import { createProcessesRepository } from '../../processes/repository';
import { PackFailure } from '../failure';
import { auditReader, type AuditLine, type AuditReader } from '../records/auditReportBody';
import type { PackContext } from './types';

/** What every audit-related part of a pack reads: the certification, its cycle, and the audits the scope covers. */
export type PackAudits = {
  reader: AuditReader;
  /** The audit the pack is prepared for, if the wizard named one. */
  audit: Audit | null;
  /** That audit's certification, else the one in force at the pack's date. */
  certification: Certification | null;
  cycle: ProgrammeCycle;
  /** Audits of the scope (cancelled ones left out), whatever their date, newest first. */
  audits: Audit[];
  /** Every audit not cancelled, for the programme's rule (it judges processes, not the scope). */
  allAudits: Audit[];
  /** Processes the programme lists: those of the scope, or all of them. */
  processes: Process[];
  /** Whether a checklist line or a finding concerns the scope (a line tied to nothing always does). */
  keep: (line: AuditLine) => boolean;
  /** Whether an audit belongs to the cycle: its certification's, or dated within it. */
  inCycle: (audit: Audit) => boolean;
};

const cache = new WeakMap<PackContext, PackAudits>();

/** Audits tied to the chosen processes or requirements by their scope, a checklist line or a finding. */
const scopedIds = (ctx: PackContext): Set<number> | null => {
  if (ctx.scope.kind === 'all') return null;
  const [column, ids] =
    ctx.scope.kind === 'processes'
      ? ['process_id', 'SELECT value FROM json_each(@list)']
      : ['requirement_id', 'SELECT id FROM temp.pack_requirements'];
  const rows = ctx.db
    .prepare<{ list: string }, number>(
      `SELECT audit_id FROM audit_scope WHERE ${column} IN (${ids})
       UNION SELECT audit_id FROM checklist_items WHERE ${column} IN (${ids})
       UNION SELECT audit_id FROM findings WHERE ${column} IN (${ids})`,
    )
    .pluck()
    .all({ list: JSON.stringify(ctx.scope.kind === 'processes' ? ctx.scope.processIds : []) });
  return new Set(rows);
};

const lineFilter = (ctx: PackContext): ((line: AuditLine) => boolean) => {
  if (ctx.scope.kind === 'processes') {
    const processes = new Set(ctx.scope.processIds);
    return (line) => line.processId === null || processes.has(line.processId);
  }
  if (ctx.scope.kind === 'requirements') {
    const requirements = new Set(ctx.requirements.map((requirement) => requirement.id));
    return (line) => line.requirementId === null || requirements.has(line.requirementId);
  }
  return () => true;
};

/**
 * Reads, once per pack, the audits its scope covers and the certification it speaks for. A pack
 * for an audit that does not exist, or was cancelled, is refused in French.
 */
export const packAudits = (ctx: PackContext): PackAudits => {
  const known = cache.get(ctx);
  if (known) return known;
  const reader = auditReader(ctx.db, ctx.date);
  const { control } = reader;
  const audit = ctx.auditId === null ? null : reader.read(() => control.audits.get(ctx.auditId as number));
  if (audit?.status === 'annule')
    throw new PackFailure('invalid_input', `L’audit ${audit.reference} est annulé : choisissez un autre audit, ou seulement une date.`);
  const certifications = reader.read(() => control.certifications.list());
  const certification =
    (audit?.certificationId != null ? certifications.find((c) => c.id === audit.certificationId) : undefined) ??
    certificationAt(certifications, ctx.date);
  const cycle = programmeCycle(certification ?? undefined, fromCalendarDate(ctx.date));
  const allAudits = reader.read(() => control.audits.list({ includeCancelled: false }));
  const scoped = scopedIds(ctx);
  const processes = createProcessesRepository(ctx.db).list();
  const chosenProcesses = ctx.scope.kind === 'processes' ? new Set(ctx.scope.processIds) : null;
  const data: PackAudits = {
    reader,
    audit,
    certification: certification ?? null,
    cycle,
    audits: scoped === null ? allAudits : allAudits.filter((candidate) => scoped.has(candidate.id)),
    allAudits,
    processes: chosenProcesses === null ? processes : processes.filter((process) => chosenProcesses.has(process.id)),
    keep: lineFilter(ctx),
    inCycle: (candidate) =>
      (cycle.certificationId !== null && candidate.certificationId === cycle.certificationId) ||
      (candidate.startDate >= cycle.from && candidate.startDate <= cycle.to),
  };
  cache.set(ctx, data);
  return data;
};

/**
 * The certification body's audits held up to the pack's date, newest first; when the pack is for an
 * audit, those before it (the follow-up is of the audit before the one being prepared).
 */
export const bodyAuditsBefore = (audits: PackAudits, date: string): Audit[] => {
  const before = audits.audit?.startDate ?? '9999-12-31';
  return audits.audits.filter(
    (audit) => isExternalAudit(audit.type) && isHeldAudit(audit.status) && audit.startDate <= date && audit.startDate < before,
  );
};

import { endOfYear, startOfYear, subYears } from 'date-fns';
import { internalAuditTypes } from '../../../shared/domain/audits';
import { dateInWords, toCalendarDate } from '../../../shared/domain/dates';
import type { Audit, AuditProgramme, Certification } from '../../../shared/schemas/audits';
import type { Process } from '../../../shared/schemas/processes';
import type { AuditsContext } from './context';
import { requirementCoverage } from './programme-requirements';

export type ProgrammeCycle = AuditProgramme['cycle'];
/** The programme by process, which needs no more than the audits and the processes. */
export type ProcessProgramme = Omit<AuditProgramme, 'requirements'>;

/** The cycle a programme covers: the certification's, else the three calendar years up to `today`'s. */
export const programmeCycle = (certification: Certification | undefined, today: Date): ProgrammeCycle => {
  if (certification?.decisionDate && certification.expiryDate)
    return { from: certification.decisionDate, to: certification.expiryDate, certificationId: certification.id };
  return { from: toCalendarDate(startOfYear(subYears(today, 2))), to: toCalendarDate(endOfYear(today)), certificationId: null };
};

/**
 * The internal audit programme (ISO 9001 §9.2) over a cycle, from the audits (cancelled ones left
 * out by the caller) and the processes: which processes each internal audit of the cycle covers,
 * which processes no audit covers, and auditors who would audit their own process. Pure: the app's
 * screen (which adds the clauses each audit covers) and the evidence pack both draw it from here.
 */
export const programmeOf = (cycle: ProgrammeCycle, audits: readonly Audit[], processes: readonly Process[]): ProcessProgramme => {
  const internal = audits.filter(
    (audit) => internalAuditTypes.includes(audit.type) && audit.startDate >= cycle.from && audit.startDate <= cycle.to,
  );
  const warnings: AuditProgramme['warnings'] = [];
  const auditsOf = (processId: number): Audit[] => internal.filter((audit) => audit.processes.some((process) => process.id === processId));
  const period = `du ${dateInWords(cycle.from)} au ${dateInWords(cycle.to)}`;

  for (const process of processes) {
    if (auditsOf(process.id).length === 0) {
      warnings.push({
        kind: 'process_not_audited',
        auditId: null,
        processId: process.id,
        message: `Le processus « ${process.name} » n’a aucun audit interne prévu dans le cycle (${period}).`,
      });
    }
    if (process.pilotId === null) continue;
    for (const audit of auditsOf(process.id)) {
      const team = [audit.leadAuditor, ...audit.auditors].filter((member) => member?.personId === process.pilotId);
      if (team.length > 0) {
        warnings.push({
          kind: 'auditor_owns_process',
          auditId: audit.id,
          processId: process.id,
          message: `${process.pilotName ?? 'Le pilote'} audite le processus « ${process.name} » dont il ou elle est pilote (audit ${audit.reference}) : confiez-le à un autre auditeur, par impartialité.`,
        });
      }
    }
  }

  return {
    cycle,
    audits: [...internal]
      .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.reference.localeCompare(b.reference))
      .map((audit) => ({ id: audit.id, reference: audit.reference, startDate: audit.startDate, status: audit.status })),
    processes: processes.map((process) => ({
      id: process.id,
      name: process.name,
      pilotName: process.pilotName,
      audits: auditsOf(process.id).map((audit) => ({
        id: audit.id,
        reference: audit.reference,
        startDate: audit.startDate,
        status: audit.status,
      })),
    })),
    warnings,
  };
};

/** The programme of the chosen certification's cycle, else of the certification in progress, else of the last three years. */
export const auditProgramme = (ac: AuditsContext, certificationId: number | undefined): AuditProgramme => {
  const chosen =
    certificationId !== undefined
      ? ac.mustGetCertification(certificationId)
      : ac.repos.certifications.list().find((c) => c.decisionDate && c.expiryDate && c.status !== 'expire');
  const audits = ac.repos.audits.list({ certificationId: null, year: null, includeCancelled: false });
  const byProcess = programmeOf(programmeCycle(chosen, ac.now()), audits, ac.repos.processes.list());
  // The clauses each audit covers, from the same internal audits of the cycle.
  const internal = byProcess.audits.flatMap(({ id }) => audits.filter((audit) => audit.id === id));
  return { ...byProcess, requirements: requirementCoverage(ac, byProcess.cycle.certificationId, internal) };
};

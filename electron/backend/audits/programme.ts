import { endOfYear, format, startOfYear, subYears } from 'date-fns';
import { fr } from 'date-fns/locale';
import { internalAuditTypes } from '../../../shared/domain/audits';
import { fromCalendarDate, toCalendarDate } from '../../../shared/domain/dates';
import type { Audit, AuditProgramme } from '../../../shared/schemas/audits';
import type { AuditsContext } from './context';
import { requirementCoverage } from './programme-requirements';

/** The cycle the programme covers: the certification's, else the three calendar years up to this one. */
const cycleOf = (ac: AuditsContext, certificationId: number | undefined) => {
  const certifications = ac.repos.certifications.list();
  const chosen =
    certificationId !== undefined
      ? ac.mustGetCertification(certificationId)
      : certifications.find((c) => c.decisionDate && c.expiryDate && c.status !== 'expire');
  if (chosen?.decisionDate && chosen.expiryDate) return { from: chosen.decisionDate, to: chosen.expiryDate, certificationId: chosen.id };
  const today = ac.now();
  return { from: toCalendarDate(startOfYear(subYears(today, 2))), to: toCalendarDate(endOfYear(today)), certificationId: null };
};

/**
 * The internal audit programme (ISO 9001 §9.2) over a certification cycle: which processes each
 * internal audit covers, which processes no audit covers, which clauses of the referential each
 * covers, and auditors who would audit their own process.
 */
export const auditProgramme = (ac: AuditsContext, certificationId: number | undefined): AuditProgramme => {
  const cycle = cycleOf(ac, certificationId);
  const internal = ac.repos.audits
    .list({ certificationId: null, year: null, includeCancelled: false })
    .filter((audit) => internalAuditTypes.includes(audit.type) && audit.startDate >= cycle.from && audit.startDate <= cycle.to);
  const processes = ac.repos.processes.list();
  const warnings: AuditProgramme['warnings'] = [];
  const auditsOf = (processId: number): Audit[] => internal.filter((audit) => audit.processes.some((process) => process.id === processId));
  const inWords = (date: string) => format(fromCalendarDate(date), 'd MMMM yyyy', { locale: fr });
  const period = `du ${inWords(cycle.from)} au ${inWords(cycle.to)}`;

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
    requirements: requirementCoverage(ac, cycle.certificationId, internal),
    warnings,
  };
};

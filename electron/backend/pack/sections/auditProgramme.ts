import { auditStatusLabels, auditTypeFullLabels } from '../../../../shared/labels/audits';
import { isHeldAudit } from '../../../../shared/domain/audits';
import type { Audit, AuditProgramme } from '../../../../shared/schemas/audits';
import { programmeOf, type ProcessProgramme } from '../../audits/programme';
import type { Builder } from '../pdf/builder';
import { beginTable, type Cell } from '../pdf/table';
import { theme } from '../pdf/theme';
import { shortDate } from '../pdf/typography';
import { subtitle } from '../records/auditReportBody';
import type { PackAudits } from './auditData';

export type ProgrammeData = { date: string; programme: ProcessProgramme; planned: Audit[] };

/**
 * The programme as the app computes it (the same rule: processes not audited in the cycle,
 * auditors who would audit their own process), narrowed to the processes of the scope, and the
 * audits of the cycle dated after the pack, listed as planned only.
 */
export const collectProgramme = (audits: PackAudits, date: string): ProgrammeData => ({
  date,
  programme: programmeOf(audits.cycle, audits.allAudits, audits.processes),
  planned: audits.audits.filter((audit) => audits.inCycle(audit) && audit.startDate > date).reverse(),
});

const warningLabels: Record<AuditProgramme['warnings'][number]['kind'], string> = {
  process_not_audited: 'Processus non audité',
  auditor_owns_process: 'Impartialité',
};

const coverageCell = (audits: AuditProgramme['processes'][number]['audits'], date: string): Cell => {
  if (audits.some((audit) => audit.startDate <= date && isHeldAudit(audit.status))) return { text: 'Audité', color: theme.color.ok };
  if (audits.length > 0) return { text: 'Audit prévu', color: theme.color.warn };
  return { text: 'Non audité dans le cycle', color: theme.color.gap, style: 'bold', fill: theme.color.gapLight };
};

export const renderProgramme = (b: Builder, { date, programme, planned }: ProgrammeData): void => {
  const table = beginTable(b, [
    { header: 'Processus', share: 170 },
    { header: 'Audits internes du cycle', share: 210, prose: false },
    { header: 'À la date du dossier', share: 100 },
  ]);
  if (programme.processes.length === 0) table.note('Aucun processus décrit dans ce périmètre.');
  for (const process of programme.processes) {
    table.row([
      process.pilotName ? `${process.name}\nPilote : ${process.pilotName}` : process.name,
      process.audits
        .map((audit) =>
          audit.startDate > date
            ? `${audit.reference} · ${shortDate(audit.startDate)} · prévu`
            : `${audit.reference} · ${shortDate(audit.startDate)} · ${auditStatusLabels.fr[audit.status].toLowerCase()}`,
        )
        .join('\n') || '—',
      coverageCell(process.audits, date),
    ]);
  }
  table.end();
  subtitle(b, 'Points d’attention');
  const warnings = beginTable(b, [
    { header: 'Point', share: 90, style: 'bold' },
    { header: 'Constat du programme', share: 390 },
  ]);
  if (programme.processes.length === 0) warnings.note('Aucun point d’attention : aucun processus à auditer.');
  else if (programme.warnings.length === 0)
    warnings.note('Aucun point d’attention : chaque processus est audité dans le cycle, par des auditeurs indépendants.', theme.color.ok);
  for (const warning of programme.warnings)
    warnings.row([{ text: warningLabels[warning.kind], color: theme.color.gap, style: 'bold' }, warning.message]);
  warnings.end();
  subtitle(b, `Audits prévus après le ${shortDate(date)}`);
  if (planned.length === 0) {
    b.paragraph('Aucun audit du cycle n’est prévu après la date du dossier.', { color: theme.color.muted, style: 'italic' });
    return;
  }
  const list = beginTable(b, [
    { header: 'Audit', share: 70, prose: false, style: 'bold' },
    { header: 'Type', share: 110 },
    { header: 'Dates', share: 112, prose: false },
    { header: 'Périmètre', share: 188 },
  ]);
  for (const audit of planned) {
    list.row([
      audit.reference,
      audit.title ? `${auditTypeFullLabels.fr[audit.type]}\n${audit.title}` : auditTypeFullLabels.fr[audit.type],
      audit.startDate === audit.endDate ? shortDate(audit.startDate) : `${shortDate(audit.startDate)} – ${shortDate(audit.endDate)}`,
      [...audit.processes.map((process) => process.name), ...audit.requirements.map((requirement) => requirement.number)].join(', ') || '—',
    ]);
  }
  list.end();
};

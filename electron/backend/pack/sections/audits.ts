import { auditTypeFullLabels } from '../../../../shared/labels/audits';
import { packSectionTitles } from '../../../../shared/domain/pack';
import { internalAuditTypes } from '../../../../shared/domain/audits';
import type { Certification } from '../../../../shared/schemas/audits';
import { theme } from '../pdf/theme';
import { longDate, shortDate } from '../pdf/typography';
import { renderAuditReport, type AuditReport } from '../records/auditReportBody';
import { packAudits } from './auditData';
import { collectProgramme, renderProgramme, type ProgrammeData } from './auditProgramme';
import type { PackSection } from './types';

type AuditsData = {
  date: string;
  cycle: { from: string; to: string };
  certification: Certification | null;
  programme: ProgrammeData;
  /** Internal audits of the cycle held up to the pack's date (or due that day), oldest first. */
  reports: AuditReport[];
};

const certificationText = (certification: Certification | null): string =>
  certification === null
    ? 'aucune certification enregistrée : le programme couvre les trois dernières années civiles'
    : `certification ${certification.scheme}${certification.body ? `, ${certification.body}` : ''}`;

/**
 * §9.2: the internal audit programme over the certification cycle, then the report of every
 * internal audit of the cycle up to the pack's date, each under its own heading. The certification
 * body's audits are its own: their findings and the structure's responses are in the follow-up
 * section. Cancelled audits are left out; audits after the pack's date are listed as planned only.
 */
export const auditsSection: PackSection<AuditsData> = {
  id: 'audits',
  title: packSectionTitles.audits,
  collect: (ctx) => {
    const audits = packAudits(ctx);
    const held = audits.audits
      .filter((audit) => internalAuditTypes.includes(audit.type) && audits.inCycle(audit) && audit.startDate <= ctx.date)
      .reverse();
    return {
      date: ctx.date,
      cycle: audits.cycle,
      certification: audits.cycle.certificationId === null ? null : audits.certification,
      programme: collectProgramme(audits, ctx.date),
      reports: held.map((audit) => audits.reader.report(audit, audits.keep)),
    };
  },
  render: async (b, data, env) => {
    b.heading(1, packSectionTitles.audits, 'audits');
    b.paragraph(
      `Cycle du ${longDate(data.cycle.from)} au ${longDate(data.cycle.to)} (${certificationText(data.certification)}). Le programme montre, processus par processus, les audits internes du cycle (interne, croisé, blanc) et les points d’attention ; suivent les rapports des audits internes tenus jusqu’au ${shortDate(data.date)} : objectifs, critères, champ, constats, conclusion et validation par l’audité. Les constats de l’organisme certificateur et les réponses de la structure sont dans le suivi du dernier audit. Les audits annulés n’y figurent pas.`,
      { color: theme.color.muted, size: theme.size.small + 0.5 },
    );
    b.heading(2, 'Programme d’audit du cycle', 'audits-programme');
    renderProgramme(b, data.programme);
    if (data.reports.length === 0) {
      b.paragraph(`Aucun audit interne du cycle n’a eu lieu à la date du ${shortDate(data.date)} dans ce périmètre.`, {
        color: theme.color.gap,
      });
    }
    for (const report of data.reports) {
      await env.pause();
      const { audit } = report;
      b.space(10);
      b.heading(2, `${audit.reference} — ${audit.title ?? auditTypeFullLabels.fr[audit.type]}`, `audit-${audit.id}`);
      renderAuditReport(b, report);
    }
  },
};

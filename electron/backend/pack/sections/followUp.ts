import { auditTypeFullLabels } from '../../../../shared/labels/audits';
import { answerOf, isFindingOpen } from '../../../../shared/domain/audits';
import { packSectionTitles } from '../../../../shared/domain/pack';
import type { Audit, Certification } from '../../../../shared/schemas/audits';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, longDate, shortDate } from '../pdf/typography';
import { auditDates } from '../records/auditLabels';
import { readBodyAudit, renderBodyAudit, type BodyAudit } from '../records/bodyAudit';
import { bodyAuditsBefore, packAudits } from './auditData';
import type { PackSection } from './types';

type EarlierAudit = { audit: Audit; grades: string; open: number };
type FollowUpData = { date: string; certification: Certification | null; last: BodyAudit | null; earlier: EarlierAudit[] };

/**
 * What the auditor checks first at the next visit: every finding of the certification body's last
 * audit, with its grade, the structure's response, the actions and where they stand, and whether
 * they worked. The body's report is the body's: Sève prints its findings and our responses, with no
 * signature line in its name; the report itself is joined to the audit and listed in annex B.
 */
export const followUpSection: PackSection<FollowUpData> = {
  id: 'followUp',
  title: packSectionTitles.followUp,
  collect: (ctx) => {
    const audits = packAudits(ctx);
    // The last one whatever its certification (a renewal audit belongs to the certificate it renewed); the earlier ones of the cycle.
    const [last, ...rest] = bodyAuditsBefore(audits, ctx.date);
    const others = rest.filter((audit) => audits.inCycle(audit));
    return {
      date: ctx.date,
      certification: audits.certification,
      last: last ? readBodyAudit(ctx.db, audits.reader, last, ctx.date, audits.keep) : null,
      earlier: others.map((audit) => {
        const report = audits.reader.report(audit, audits.keep);
        const counts = report.grades
          .map((grade) => [grade.label, report.findings.filter((finding) => finding.grade.id === grade.id).length] as const)
          .filter(([, count]) => count > 0);
        return {
          audit,
          grades: counts.map(([label, count]) => `${label} : ${integer(count)}`).join('\n') || 'aucun constat',
          open: report.findings.filter((finding) => answerOf(finding.grade) !== 'aucune' && isFindingOpen(finding.status)).length,
        };
      }),
    };
  },
  render: async (b, data, env) => {
    b.heading(1, packSectionTitles.followUp, 'follow-up');
    if (data.last === null) {
      b.paragraph(`Aucun audit de l’organisme certificateur n’a été tenu à la date du ${shortDate(data.date)}.`, {
        color: theme.color.muted,
      });
      return;
    }
    b.paragraph(
      `Constats de l’organisme certificateur et réponses de la structure, au ${longDate(data.date)}. Le rapport d’audit est celui de l’organisme : ${data.last.reportFiles > 0 ? 'il est joint à ce dossier (annexe B)' : 'il n’est pas joint à l’audit dans Sève'}. Pour chaque constat : la cotation, la réponse, les actions et leur état à cette date, puis la vérification de leur efficacité.`,
      { color: theme.color.muted, size: theme.size.small + 0.5 },
    );
    await renderBodyAudit(b, data.last, data.date, data.certification, env.pause);
    if (data.earlier.length === 0) return;
    b.heading(2, 'Audits précédents de l’organisme certificateur dans le cycle', 'follow-up-earlier');
    const earlier = beginTable(b, [
      { header: 'Audit', share: 64, prose: false, style: 'bold' },
      { header: 'Type et dates', share: 150 },
      { header: 'Constats', share: 150 },
      { header: 'Encore ouverts', share: 70, align: 'right' },
    ]);
    for (const row of data.earlier) {
      earlier.row([
        row.audit.reference,
        `${auditTypeFullLabels.fr[row.audit.type]}\n${auditDates(row.audit)}`,
        row.grades,
        row.open === 0 ? { text: 'aucun', color: theme.color.ok } : { text: integer(row.open), color: theme.color.gap, style: 'bold' },
      ]);
    }
    earlier.end();
  },
};

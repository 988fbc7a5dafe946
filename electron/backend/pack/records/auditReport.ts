import { auditTypeFullLabels } from '../../../../shared/labels/audits';
import type Database from 'better-sqlite3';
import { PackFailure } from '../failure';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { dateTime, shortDate } from '../pdf/typography';
import type { Provenance } from '../provenance';
import type { PdfPlan } from '../render';
import { organisationName } from '../sections/cover';
import { auditReader, renderAuditReport } from './auditReportBody';

/** One audit's report (rapport d'audit) as a PDF, drawn as the evidence pack draws it, with lines to sign. */
export const auditReportPlan = (db: Database.Database, auditId: number, provenance: Provenance): PdfPlan => {
  const reader = auditReader(db, provenance.generatedAt.toISOString().slice(0, 10));
  const audit = reader.read(() => reader.control.audits.get(auditId));
  if (audit.status === 'annule')
    throw new PackFailure('conflict', `L’audit ${audit.reference} est annulé : il n’a pas de rapport à imprimer.`);
  const report = reader.report(audit);
  const organisation = organisationName(db);
  const title = `Rapport d’audit ${audit.reference}`;
  return {
    meta: {
      title: `${title} — ${organisation}`,
      subject: `${auditTypeFullLabels.fr[audit.type]} du ${shortDate(audit.startDate)} : checklist, constats par cotation et suites données.`,
      author: organisation,
      keywords: 'rapport d’audit, audit interne, constats, ISO 9001 9.2',
      createdAt: provenance.generatedAt,
    },
    embeds: false,
    frame: { organisation, title: `${title} · ${shortDate(audit.startDate)}`, packId: provenance.packId },
    cover: null,
    toc: false,
    bodies: [
      {
        title: 'Rapport d’audit',
        render: (b) => {
          b.newPage();
          b.heading(1, `${title} — ${audit.title ?? auditTypeFullLabels.fr[audit.type]}`, 'rapport');
          renderAuditReport(b, report);
          b.heading(2, 'Validation du rapport', 'rapport-validation');
          const signatures = beginTable(
            b,
            [
              { header: 'Responsable d’audit', share: 180 },
              { header: 'Date', share: 80 },
              { header: 'Signature', share: 200 },
            ],
            { zebra: false },
          );
          signatures.row([audit.leadAuditor?.name ?? '', '', ' \n \n ']);
          signatures.end();
          b.paragraph(`Rapport établi avec Sève le ${dateTime(provenance.generatedAt)} par ${provenance.actor}.`, {
            size: theme.size.small,
            color: theme.color.muted,
          });
        },
      },
    ],
  };
};

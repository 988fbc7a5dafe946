import { auditTypeFullLabels } from '../../../../shared/labels/audits';
import type Database from 'better-sqlite3';
import { isExternalAudit } from '../../../../shared/domain/audits';
import { toCalendarDate } from '../../../../shared/domain/dates';
import type { Audit } from '../../../../shared/schemas/audits';
import { PackFailure } from '../failure';
import type { Builder } from '../pdf/builder';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { dateTime, longDate, shortDate } from '../pdf/typography';
import type { Provenance } from '../provenance';
import type { PdfPlan } from '../render';
import { organisationName } from '../sections/cover';
import { auditReader, renderAuditReport } from './auditReportBody';
import { readBodyAudit, renderBodyAudit } from './bodyAudit';

/** The lines to sign an internal report: the lead auditor, and the audited person (with the acknowledgement recorded, if any). */
const signatures = (b: Builder, audit: Audit): void => {
  b.heading(2, 'Validation du rapport', 'rapport-validation');
  const table = beginTable(
    b,
    [
      { header: 'Rôle', share: 110 },
      { header: 'Nom', share: 150 },
      { header: 'Date', share: 80 },
      { header: 'Signature', share: 150 },
    ],
    { zebra: false },
  );
  table.row(['Responsable d’audit', audit.leadAuditor?.name ?? '', '', ' \n \n ']);
  const { signedOffBy, signedOffOn } = audit.report;
  table.row(['Audité', signedOffBy?.name ?? '', signedOffOn ? shortDate(signedOffOn) : '', ' \n \n ']);
  table.end();
};

/**
 * One audit as a PDF. An internal audit's report (rapport d'audit) as the evidence pack draws it,
 * with lines to sign for the lead auditor and the audited. A certification body's audit is the
 * body's: its findings and the structure's responses, never a report in its name nor a line for
 * its auditor's signature.
 */
export const auditReportPlan = (db: Database.Database, auditId: number, provenance: Provenance): PdfPlan => {
  const today = toCalendarDate(provenance.generatedAt);
  const reader = auditReader(db, today);
  const audit = reader.read(() => reader.control.audits.get(auditId));
  if (audit.status === 'annule')
    throw new PackFailure('conflict', `L’audit ${audit.reference} est annulé : il n’a pas de rapport à imprimer.`);
  const external = isExternalAudit(audit.type);
  const organisation = organisationName(db);
  const title = external ? `Constats de l’audit ${audit.reference} et réponses de la structure` : `Rapport d’audit ${audit.reference}`;
  const report = external ? null : reader.report(audit);
  const body = external ? readBodyAudit(db, reader, audit, today) : null;
  const certification =
    external && audit.certificationId !== null
      ? reader.read(() => reader.control.certifications.get(audit.certificationId as number))
      : null;
  return {
    meta: {
      title: `${title} — ${organisation}`,
      subject: external
        ? `${auditTypeFullLabels.fr[audit.type]} du ${shortDate(audit.startDate)} : constats de l’organisme certificateur, réponses, actions et efficacité.`
        : `${auditTypeFullLabels.fr[audit.type]} du ${shortDate(audit.startDate)} : objectifs, critères, checklist, constats par cotation, conclusion.`,
      author: organisation,
      keywords: external
        ? 'audit de certification, constats, réponses, plan d’actions'
        : 'rapport d’audit, audit interne, constats, ISO 9001 9.2',
      createdAt: provenance.generatedAt,
    },
    embeds: false,
    frame: { organisation, title: `${title} · ${shortDate(audit.startDate)}`, packId: provenance.packId },
    cover: null,
    toc: false,
    bodies: [
      {
        title: external ? 'Constats et réponses' : 'Rapport d’audit',
        render: async (b) => {
          b.newPage();
          b.heading(1, external ? title : `${title} — ${audit.title ?? auditTypeFullLabels.fr[audit.type]}`, 'rapport');
          if (body) {
            b.paragraph(
              `Le rapport d’audit est celui de l’organisme certificateur. Ce document reprend ses constats et les réponses de la structure au ${longDate(today)} : actions, état et vérification de leur efficacité.`,
              { color: theme.color.muted, size: theme.size.small + 0.5 },
            );
            await renderBodyAudit(b, body, today, certification, async () => undefined);
          }
          if (report) {
            renderAuditReport(b, report);
            signatures(b, audit);
          }
          b.paragraph(`Établi avec Sève le ${dateTime(provenance.generatedAt)} par ${provenance.producer}.`, {
            size: theme.size.small,
            color: theme.color.muted,
          });
        },
      },
    ],
  };
};

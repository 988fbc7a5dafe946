import type Database from 'better-sqlite3';
import { answerOf } from '../../../../shared/domain/audits';
import { NOT_RECORDED } from '../../../../shared/domain/pack';
import type { Audit, Certification } from '../../../../shared/schemas/audits';
import { readingOnly } from '../../identity/author';
import { createLoopContext } from '../../nonconformities/context';
import { nonconformityStatusesOn } from '../../nonconformities/on-date';
import type { Builder } from '../pdf/builder';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, longDate } from '../pdf/typography';
import { auditLine } from './auditLabels';
import type { AuditLine, AuditReader } from './auditReportBody';
import { followUpRow, renderFindingFollowUp, type FindingFollowUp } from './findingFollowUp';

/** A certification body's audit as Sève records it: the body's findings and the structure's responses. */
export type BodyAudit = { audit: Audit; findings: FindingFollowUp[]; omitted: number; reportFiles: number };

/** Reads a body's audit with each finding's nonconformity (in its state on `date`) and actions, through the registers' own readings. */
export const readBodyAudit = (
  db: Database.Database,
  reader: AuditReader,
  audit: Audit,
  date: string,
  keep: (line: AuditLine) => boolean = () => true,
): BodyAudit => {
  const report = reader.report(audit, keep);
  const loop = createLoopContext({ db, author: readingOnly, now: () => new Date(`${date}T12:00:00Z`) });
  const ncIds = report.findings.flatMap((finding) => (finding.nonconformity ? [finding.nonconformity.id] : []));
  const statuses = nonconformityStatusesOn(db, ncIds, date);
  const findings = report.findings.map((finding): FindingFollowUp => {
    const detail = finding.nonconformity ? loop.detail(finding.nonconformity.id) : null;
    const nonconformity = detail && { ...detail, status: statuses.get(detail.id) ?? detail.status };
    return { finding, nonconformity, actions: nonconformity ? nonconformity.actions : loop.repos.actions.forFinding(finding.id) };
  });
  const reportFiles =
    db
      .prepare<[number], number>("SELECT count(*) FROM attachments WHERE owner_entity = 'audit' AND owner_id = ? AND removed_at IS NULL")
      .pluck()
      .get(audit.id) ?? 0;
  return { audit, findings, omitted: report.omitted.findings, reportFiles };
};

/**
 * The body's findings and the structure's responses: who audited, then a table of every finding
 * (grade, response, actions and their state, effectiveness), then each finding that called for an
 * answer in full. Never a report in the body's name, and no signature line for its auditor.
 */
export const renderBodyAudit = async (
  b: Builder,
  body: BodyAudit,
  date: string,
  certification: Certification | null,
  pause: () => Promise<void>,
): Promise<void> => {
  const { audit, findings } = body;
  b.keyValues(
    [
      ['Audit', auditLine(audit)],
      ['Organisme certificateur', certification?.body ?? NOT_RECORDED],
      ['Responsable d’audit de l’organisme', audit.leadAuditor?.name ?? NOT_RECORDED],
      ['Rapport notifié le', audit.reportNotifiedOn === null ? NOT_RECORDED : longDate(audit.reportNotifiedOn)],
      [
        'Rapport de l’organisme',
        body.reportFiles > 0 ? 'joint à l’audit dans Sève et à ce PDF (fichiers de preuve)' : 'non joint à l’audit dans Sève',
      ],
      ['Constats', `${integer(findings.length)}${body.omitted > 0 ? ` (et ${integer(body.omitted)} hors du périmètre du dossier)` : ''}`],
    ],
    150,
  );
  const table = beginTable(
    b,
    [
      { header: 'N°', share: 18, prose: false, align: 'right' },
      { header: 'Cotation', share: 60, style: 'bold' },
      { header: 'Exigence, processus', share: 70 },
      { header: 'Constat', share: 140 },
      { header: 'Réponse et actions à cette date', share: 130 },
      { header: 'Efficacité', share: 78 },
    ],
    { caption: { title: `Suivi des constats de l’audit ${audit.reference}` } },
  );
  if (findings.length === 0) table.note('L’organisme certificateur n’a relevé aucun constat lors de cet audit.', theme.color.ok);
  findings.forEach((item, index) => table.row(followUpRow(item, index, date)));
  table.end();
  for (const [index, item] of findings.entries()) {
    if (answerOf(item.finding.grade) === 'aucune' && item.actions.length === 0) continue;
    await pause();
    renderFindingFollowUp(b, item, index, date);
  }
};

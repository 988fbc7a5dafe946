import { nonconformityStatusLabels } from '../../../../shared/labels/nonconformities';
import { auditStatusLabels, auditTypeFullLabels, findingStatusLabels } from '../../../../shared/labels/audits';
import type Database from 'better-sqlite3';
import { answerOf } from '../../../../shared/domain/audits';
import { NOT_RECORDED } from '../../../../shared/domain/pack';
import type { NonconformityStatus } from '../../../../shared/domain/nonconformities';
import type { Audit, ChecklistItem, Finding, FindingGrade } from '../../../../shared/schemas/audits';
import { createAuditControl } from '../../audits';
import { ServiceError } from '../../errors';
import { PackFailure } from '../failure';
import type { Builder } from '../pdf/builder';
import { barChart, type Bar } from '../pdf/chart';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, longDate, shortDate } from '../pdf/typography';
import { auditDates, checklistResultCell } from './auditLabels';
import { readingOnly } from '../../identity/author';

/** A line of a checklist or a finding, as the pack's scope judges it. */
export type AuditLine = { processId: number | null; requirementId: number | null };

/** Everything one audit's report prints, read once. */
export type AuditReport = {
  audit: Audit;
  checklist: ChecklistItem[];
  findings: Finding[];
  /** The audit's grading scale, most serious first, plus any grade a finding kept from an older scale. */
  grades: FindingGrade[];
  /** Lines left out because they concern processes or requirements outside the pack's scope. */
  omitted: { checklist: number; findings: number };
};

/**
 * Reads audits through their own services on the worker's read-only connection (prepared
 * statements and pure rules; nothing is written), as they stand on `date`.
 */
export const auditReader = (db: Database.Database, date: string) => {
  const control = createAuditControl({ db, author: readingOnly, now: () => new Date(`${date}T12:00:00Z`) });
  const read = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      if (error instanceof ServiceError) throw new PackFailure(error.code, error.message);
      throw error;
    }
  };
  return {
    control,
    read,
    /** One audit's report; `keep` narrows its checklist and findings to the pack's scope. */
    report: (audit: Audit, keep: (line: AuditLine) => boolean = () => true): AuditReport =>
      read(() => {
        const checklist = control.checklist.list(audit.id);
        const findings = control.findings.list(audit.id);
        const scale = control.findings.grades(audit.id);
        const kept = { checklist: checklist.filter(keep), findings: findings.filter(keep) };
        const extra = findings.map((finding) => finding.grade).filter((grade) => !scale.some((known) => known.id === grade.id));
        return {
          audit,
          ...kept,
          grades: [...scale, ...new Map(extra.map((grade) => [grade.id, grade])).values()].sort((a, z) => a.rank - z.rank),
          omitted: { checklist: checklist.length - kept.checklist.length, findings: findings.length - kept.findings.length },
        };
      }),
  };
};

export type AuditReader = ReturnType<typeof auditReader>;

const person = (member: { personId: number | null; name: string }): string =>
  member.personId === null ? `${member.name} (externe)` : member.name;
const listOr = (items: readonly string[], none: string): string => (items.length === 0 ? none : items.join(', '));
const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A bold line introducing a block, kept on the page of the block's first `keep` points. */
export const subtitle = (b: Builder, text: string, keep = 70): void => {
  b.ensure(keep);
  b.space(4);
  b.paragraph(text, { style: 'bold', size: theme.size.body + 1, color: theme.color.accent });
};

/** "Checklist", "Checklist (1 question)", "Constats (4)". */
const counted = (title: string, count: number, words?: [string, string]): string =>
  count === 0 ? title : `${title} (${integer(count)}${words ? ` ${count === 1 ? words[0] : words[1]}` : ''})`;

const identity = (b: Builder, audit: Audit): void => {
  const rows: [string, string][] = [
    ['Type', `${auditTypeFullLabels.fr[audit.type]}${audit.certificationScheme ? ` — certification ${audit.certificationScheme}` : ''}`],
    ['Dates', capitalised(auditDates(audit))],
    ['Statut', auditStatusLabels.fr[audit.status]],
    ['Objectifs', audit.report.objectives ?? NOT_RECORDED],
    ['Critères d’audit', audit.report.criteria ?? NOT_RECORDED],
    ['Responsable d’audit', audit.leadAuditor ? person(audit.leadAuditor) : NOT_RECORDED],
    ['Auditeurs', listOr(audit.auditors.map(person), 'aucun autre auditeur')],
    [
      'Audités',
      listOr(
        audit.auditees.map((auditee) => auditee.name),
        'aucun enregistré',
      ),
    ],
    [
      'Processus audités',
      listOr(
        audit.processes.map((process) => process.name),
        'aucun',
      ),
    ],
    [
      'Exigences auditées',
      listOr(
        audit.requirements.map((requirement) => `${requirement.number} ${requirement.title}`),
        'aucune',
      ),
    ],
    ...(audit.notes ? [['Notes', audit.notes] as [string, string]] : []),
  ];
  b.keyValues(rows, 130);
};

const checklistTable = (b: Builder, items: readonly ChecklistItem[]): void => {
  const table = beginTable(b, [
    { header: 'N°', share: 20, prose: false, align: 'right' },
    { header: 'Exigence / processus', share: 104 },
    { header: 'Question', share: 170 },
    { header: 'Résultat', share: 54 },
    { header: 'Commentaire', share: 150 },
  ]);
  if (items.length === 0) table.note('Checklist vide : aucune question enregistrée pour cet audit.');
  for (const item of items) {
    table.row([
      String(item.position),
      [item.requirementLabel, item.processName].filter((part) => part !== null).join('\n') || '—',
      item.question,
      checklistResultCell(item.result),
      item.comment ?? '',
    ]);
  }
  table.end();
};

const findingsTable = (b: Builder, findings: readonly Finding[]): void => {
  const table = beginTable(b, [
    { header: 'Cotation', share: 56, style: 'bold' },
    { header: 'Exigence', share: 72 },
    { header: 'Processus', share: 82 },
    { header: 'Description', share: 150 },
    { header: 'Réponse attendue', share: 50, prose: false },
    { header: 'Statut', share: 50 },
    { header: 'NC liée', share: 54, prose: false },
  ]);
  for (const finding of findings) {
    const nc = finding.nonconformity;
    table.row([
      finding.grade.ncSeverity === null
        ? finding.grade.label
        : { text: finding.grade.label, color: theme.color.gap, style: 'bold', fill: theme.color.gapLight },
      finding.requirementLabel ?? '—',
      finding.processName ?? '—',
      finding.evidence ? `${finding.description}\nPreuve : ${finding.evidence}` : finding.description,
      finding.followUpDue === null
        ? shortDate(finding.responseDue)
        : `${shortDate(finding.responseDue)}\npuis ${shortDate(finding.followUpDue)}`,
      // A point fort or a conformity calls for no answer: it is never "levé".
      answerOf(finding.grade) === 'aucune' ? 'Sans réponse attendue' : findingStatusLabels.fr[finding.status],
      nc ? `${nc.reference}\n${nonconformityStatusLabels.fr[nc.status as NonconformityStatus] ?? nc.status}` : '—',
    ]);
  }
  table.end();
};

/** The findings counted on each grade of the audit's scale, most serious first (a bar per grade, zeros included). */
export const gradeBars = (report: AuditReport): Bar[] => {
  const counts = new Map<number, number>();
  for (const finding of report.findings) counts.set(finding.grade.id, (counts.get(finding.grade.id) ?? 0) + 1);
  return report.grades.map((grade) => ({ label: grade.label, value: counts.get(grade.id) ?? 0 }));
};

/** The conclusion, and who among the audited acknowledged the report, when (ISO 19011 §6.5). */
const conclusion = (b: Builder, audit: Audit): void => {
  subtitle(b, 'Conclusion et validation', 50);
  const { report } = audit;
  b.keyValues(
    [
      ['Conclusion', report.conclusion ?? NOT_RECORDED],
      [
        'Validation par l’audité',
        report.signedOffBy && report.signedOffOn
          ? `${report.signedOffBy.name}, le ${longDate(report.signedOffOn)}`
          : 'non enregistrée dans Sève',
      ],
    ],
    130,
  );
};

/**
 * The body of an internal audit's report: its identity, objectives, criteria, team and scope, the
 * checklist with each result, the findings counted by grade (a bar chart) and listed, then the
 * conclusion and the auditee's acknowledgement. The evidence pack's audits section and the single
 * audit report both draw it, under their own heading.
 */
export const renderAuditReport = (b: Builder, report: AuditReport): void => {
  const { audit } = report;
  identity(b, audit);
  const { checklist, findings } = report.omitted;
  if (checklist + findings > 0) {
    b.paragraph(
      `Hors du périmètre du dossier, ${integer(checklist)} question(s) et ${integer(findings)} constat(s) de cet audit ne sont pas reproduits.`,
      { size: theme.size.small, color: theme.color.muted, style: 'italic' },
    );
  }
  subtitle(b, counted('Checklist', report.checklist.length, ['question', 'questions']));
  checklistTable(b, report.checklist);
  // The chart's height (a bar per grade) stays with its title.
  subtitle(b, counted('Constats', report.findings.length), report.findings.length === 0 ? 40 : 70 + report.grades.length * 15);
  if (report.findings.length === 0) {
    b.paragraph(audit.status === 'planifie' ? 'Aucun constat : l’audit est planifié.' : 'Aucun constat enregistré pour cet audit.', {
      color: theme.color.muted,
      style: 'italic',
    });
  } else {
    barChart(b, gradeBars(report), `Constats de l’audit ${audit.reference} par cotation`);
    findingsTable(b, report.findings);
  }
  conclusion(b, audit);
};

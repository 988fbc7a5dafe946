import { auditTypeFullLabels, findingStatusLabels } from '../../../../shared/labels/audits';
import type Database from 'better-sqlite3';
import { toCalendarDate } from '../../../../shared/domain/dates';
import { NOT_RECORDED } from '../../../../shared/domain/pack';
import type { Action } from '../../../../shared/schemas/actions';
import type { Audit, Certification, Finding } from '../../../../shared/schemas/audits';
import type { Nonconformity } from '../../../../shared/schemas/nonconformities';
import { createAuditControl } from '../../audits';
import { ServiceError } from '../../errors';
import { createLoopContext } from '../../nonconformities/context';
import { PackFailure } from '../failure';
import type { Builder } from '../pdf/builder';
import { subheading } from '../pdf/subheading';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { dateTime, longDate, shortDate } from '../pdf/typography';
import type { Provenance } from '../provenance';
import type { PdfPlan } from '../render';
import { organisationName } from '../sections/cover';
import { auditDates } from './auditLabels';
import { excerpt, ncStatusText, renderActions, renderNonconformity } from './nonconformityBlock';
import { readingOnly } from '../../identity/author';

/** A finding that calls for an answer, with the nonconformity it opened or the actions that answer it. */
type Answer = { finding: Finding; nonconformity: Nonconformity | null; actions: Omit<Action, 'overdue'>[] };
type PlanPrint = { audit: Audit; certification: Certification | null; answers: Answer[]; date: string };

/** NC majeure and mineure always; any other grade once the body set a response deadline for it. */
const callsForAnswer = (finding: Finding): boolean => finding.grade.ncSeverity !== null || finding.responseDue !== null;

/** Reads the audit and its answers through the audits' and the nonconformities' own readings (nothing is written). */
const collect = (db: Database.Database, auditId: number, today: Date): PlanPrint => {
  const ctx = { db, author: readingOnly, now: () => today };
  try {
    const control = createAuditControl(ctx);
    const loop = createLoopContext(ctx);
    const audit = control.audits.get(auditId);
    const certification = audit.certificationId === null ? null : control.certifications.get(audit.certificationId);
    const answers = control.findings
      .list(auditId)
      .filter(callsForAnswer)
      .map((finding) => ({
        finding,
        nonconformity: finding.nonconformity ? loop.detail(finding.nonconformity.id) : null,
        actions: finding.nonconformity ? [] : loop.repos.actions.forFinding(finding.id),
      }));
    return { audit, certification, answers, date: toCalendarDate(today) };
  } catch (error) {
    if (error instanceof ServiceError) throw new PackFailure(error.code, error.message);
    throw error;
  }
};

const whereText = (finding: Finding, separator: string): string =>
  [finding.requirementLabel, finding.processName].filter(Boolean).join(separator) || NOT_RECORDED;

const outcomeText = (answer: Answer): string =>
  answer.nonconformity ? `${answer.nonconformity.reference} — ${ncStatusText(answer.nonconformity)}` : `${answer.actions.length} action(s)`;

/** Each finding's answer: the finding, then its nonconformity in full, or the actions that answer it. */
const renderAnswer = (b: Builder, answer: Answer, index: number, date: string): void => {
  const { finding, nonconformity } = answer;
  b.heading(
    2,
    `Constat ${index + 1} — ${finding.grade.label}${nonconformity ? ` — ${nonconformity.reference}` : ''}`,
    `constat-${finding.id}`,
  );
  b.keyValues(
    [
      ['Constat', finding.description],
      ['Preuve d’audit', finding.evidence ?? NOT_RECORDED],
      ['Exigence, processus', whereText(finding, ' · ')],
      ['Réponse attendue le', finding.responseDue === null ? NOT_RECORDED : longDate(finding.responseDue)],
      ...(finding.followUpDue === null
        ? []
        : [['Second délai (mise en œuvre ou vérification)', longDate(finding.followUpDue)] as [string, string]]),
      ['Statut du constat', findingStatusLabels.fr[finding.status]],
    ],
    120,
  );
  if (nonconformity) {
    subheading(b, `Non-conformité ${nonconformity.reference}`);
    renderNonconformity(b, nonconformity, date);
  } else {
    renderActions(b, answer.actions, date, 'Aucune action enregistrée pour ce constat.');
  }
};

/**
 * The action plan to send to the certification body after an audit: for each finding that calls
 * for an answer, the correction, the causes, the actions with owners and deadlines and the
 * effectiveness check planned; a line for the signature.
 */
export const auditActionPlanPlan = (db: Database.Database, auditId: number, provenance: Provenance): PdfPlan => {
  const print = collect(db, auditId, provenance.generatedAt);
  const { audit, certification, answers, date } = print;
  const organisation = organisationName(db);
  const title = `Plan d’actions — ${audit.reference}`;
  return {
    meta: {
      title: `${title} — ${organisation}`,
      subject: `Réponse aux constats de l’audit ${audit.reference} (${auditTypeFullLabels.fr[audit.type]}) : corrections, causes, actions et vérifications de l’efficacité.`,
      author: organisation,
      keywords: 'plan d’actions, audit, constats, non-conformités, actions correctives, ISO 9001 10.2',
      createdAt: provenance.generatedAt,
    },
    embeds: false,
    frame: { organisation, title: `Plan d’actions · ${audit.reference}`, packId: provenance.packId },
    cover: null,
    toc: false,
    bodies: [
      {
        title: 'Plan d’actions',
        render: (b) => {
          b.newPage();
          b.heading(1, title, 'plan-actions');
          b.keyValues([
            ['Structure', organisation],
            ['Audit', `${audit.reference} — ${auditTypeFullLabels.fr[audit.type]}${audit.title ? ` : ${audit.title}` : ''}`],
            ['Dates de l’audit', auditDates(audit)],
            ['Responsable d’audit', audit.leadAuditor?.name ?? NOT_RECORDED],
            [
              'Certification',
              certification
                ? `${certification.scheme}${certification.certificateNumber ? `, certificat n° ${certification.certificateNumber}` : ''}`
                : NOT_RECORDED,
            ],
            ['Organisme certificateur', certification?.body ?? NOT_RECORDED],
            ['Plan établi le', longDate(date)],
          ]);
          b.paragraph(
            'Pour chaque constat qui appelle une réponse (non-conformité majeure ou mineure, ou constat assorti d’un délai de réponse) : la correction apportée, l’analyse des causes, les actions avec leur responsable et leur échéance, et la vérification de l’efficacité prévue.',
            { color: theme.color.muted, size: theme.size.small + 0.5 },
          );
          b.heading(2, 'Constats et réponses', 'plan-actions-constats');
          const table = beginTable(b, [
            { header: 'N°', share: 20, prose: false, align: 'right' },
            { header: 'Cotation', share: 62, style: 'bold' },
            { header: 'Exigence, processus', share: 90 },
            { header: 'Constat', share: 170 },
            { header: 'Réponse attendue le', share: 56, prose: false },
            { header: 'Réponse', share: 97 },
          ]);
          if (answers.length === 0)
            table.note('Aucun constat de cet audit n’appelle de réponse (ni non-conformité, ni délai de réponse fixé).');
          answers.forEach((answer, index) =>
            table.row([
              String(index + 1),
              answer.finding.grade.label,
              whereText(answer.finding, '\n'),
              // In full under its own heading below.
              excerpt(answer.finding.description, 240),
              shortDate(answer.finding.responseDue),
              outcomeText(answer),
            ]),
          );
          table.end();
          answers.forEach((answer, index) => renderAnswer(b, answer, index, date));
          b.heading(2, 'Engagement de la structure', 'plan-actions-signature');
          b.paragraph(
            'La structure s’engage à mettre en œuvre les actions ci-dessus dans les délais indiqués et à en vérifier l’efficacité.',
          );
          const signatures = beginTable(
            b,
            [
              { header: 'Nom et fonction', share: 180 },
              { header: 'Date', share: 80 },
              { header: 'Signature', share: 200 },
            ],
            { zebra: false },
          );
          signatures.row(['', '', ' \n \n ']);
          signatures.end();
          b.paragraph(`Plan d’actions établi avec Sève le ${dateTime(provenance.generatedAt)} par ${provenance.producer}.`, {
            size: theme.size.small,
            color: theme.color.muted,
          });
        },
      },
    ],
  };
};

import { actionStatusLabels } from '../../../../shared/labels/actions';
import { findingStatusLabels } from '../../../../shared/labels/audits';
import { actionStatusOn, isActionOverdueOn } from '../../../../shared/domain/actions';
import { answerOf } from '../../../../shared/domain/audits';
import { NOT_RECORDED } from '../../../../shared/domain/pack';
import { daysLate } from '../../../../shared/domain/review';
import type { Action } from '../../../../shared/schemas/actions';
import type { Finding } from '../../../../shared/schemas/audits';
import type { EffectivenessCheck, Nonconformity } from '../../../../shared/schemas/nonconformities';
import type { Builder } from '../pdf/builder';
import type { Cell } from '../pdf/table';
import { theme } from '../pdf/theme';
import { longDate, shortDate } from '../pdf/typography';
import { subtitle } from './auditReportBody';
import { days } from './loopLabels';
import { ncStatusText, renderActions, renderChecks } from './nonconformityBlock';

/** A finding of the certification body and what the structure did about it, as things stood on the pack's date. */
export type FindingFollowUp = {
  finding: Finding;
  /** Its nonconformity, in the state its own dates give it on the pack's date. */
  nonconformity: Nonconformity | null;
  /** The nonconformity's actions, or those started from the finding itself. */
  actions: Omit<Action, 'overdue'>[];
};

const where = (finding: Finding): string => [finding.requirementLabel, finding.processName].filter(Boolean).join('\n') || '—';

/** "ACT-2026-004 réalisée le 10/05/2026", "ACT-2026-005 en cours, en retard de 12 jours", as on the pack's date. */
const actionLine = (action: Omit<Action, 'overdue'>, date: string): string => {
  const status = actionStatusOn(action, date);
  if (status === 'realisee') return `${action.reference} réalisée le ${shortDate(action.doneOn)}`;
  if (status === 'abandonnee') return `${action.reference} abandonnée le ${shortDate(action.abandonedOn)}`;
  const word = actionStatusLabels.fr[status].toLowerCase();
  return isActionOverdueOn(action, date)
    ? `${action.reference} ${word}, en retard de ${days(daysLate(action.dueDate, date))}`
    : `${action.reference} ${word}, échéance ${shortDate(action.dueDate)}`;
};

/** The structure's response in words: the finding's status, its nonconformity, its actions and where each stands. */
export const responseCell = (item: FindingFollowUp, date: string): Cell => {
  const { finding, nonconformity, actions } = item;
  // A point fort, a piste de progrès or a conformity calls for no answer: it is never "levé".
  if (answerOf(finding.grade) === 'aucune') {
    return actions.length === 0
      ? { text: 'Sans réponse attendue', color: theme.color.muted }
      : ['Sans réponse attendue ; pris en compte :', ...actions.map((action) => actionLine(action, date))].join('\n');
  }
  const lines = [
    findingStatusLabels.fr[finding.status],
    ...(nonconformity ? [`${nonconformity.reference} : ${ncStatusText(nonconformity).toLowerCase()}`] : []),
    ...actions.map((action) => actionLine(action, date)),
  ];
  if (nonconformity === null && actions.length === 0 && answerOf(finding.grade) === 'reponse') {
    return { text: [...lines, 'Aucune action enregistrée'].join('\n'), color: theme.color.gap, style: 'bold' };
  }
  return lines.join('\n');
};

const lastJudged = (checks: readonly EffectivenessCheck[], date: string): EffectivenessCheck | undefined =>
  [...checks].reverse().find((check) => check.verdict !== null && check.checkedOn !== null && check.checkedOn <= date);

/** Whether the actions worked, as the nonconformity's checks said by the pack's date. */
export const effectivenessCell = (item: FindingFollowUp, date: string): Cell => {
  const checks = item.nonconformity?.checks ?? [];
  const judged = lastJudged(checks, date);
  if (judged?.verdict === 'efficace') return { text: `Efficace, vérifiée le ${shortDate(judged.checkedOn)}`, color: theme.color.ok };
  if (judged?.verdict === 'non_efficace')
    return { text: `Non efficace, vérifiée le ${shortDate(judged.checkedOn)}`, color: theme.color.gap, style: 'bold' };
  const planned = checks.find((check) => check.verdict === null || (check.checkedOn ?? '') > date);
  if (planned) {
    return planned.plannedOn < date
      ? { text: `Vérification prévue le ${shortDate(planned.plannedOn)}, en attente`, color: theme.color.gap }
      : `Vérification prévue le ${shortDate(planned.plannedOn)}`;
  }
  return { text: item.nonconformity ? 'Vérification non planifiée' : '—', color: theme.color.muted };
};

/** The summary table's cells for one finding. */
export const followUpRow = (item: FindingFollowUp, index: number, date: string): Cell[] => [
  String(index + 1),
  item.finding.grade.ncSeverity === null
    ? item.finding.grade.label
    : { text: item.finding.grade.label, color: theme.color.gap, style: 'bold' },
  where(item.finding),
  item.finding.description,
  responseCell(item, date),
  effectivenessCell(item, date),
];

/** One finding in full under the table: the finding, the correction and root causes, the actions and their checks. */
export const renderFindingFollowUp = (b: Builder, item: FindingFollowUp, index: number, date: string): void => {
  const { finding, nonconformity } = item;
  subtitle(b, `Constat ${index + 1} — ${finding.grade.label}${nonconformity ? ` — ${nonconformity.reference}` : ''}`);
  const retained = nonconformity?.analysis?.causes.filter((cause) => cause.retained).map((cause) => cause.cause) ?? [];
  b.keyValues(
    [
      ['Constat', finding.description],
      ...(finding.evidence ? [['Preuve d’audit', finding.evidence] as [string, string]] : []),
      ['Exigence, processus', where(finding).replace('\n', ' · ')],
      ['Réponse attendue le', finding.responseDue === null ? NOT_RECORDED : longDate(finding.responseDue)],
      ...(finding.followUpDue === null ? [] : [['Second délai', longDate(finding.followUpDue)] as [string, string]]),
      ...(nonconformity
        ? ([
            ['Correction', nonconformity.correction?.what ?? 'aucune correction enregistrée'],
            [
              'Cause retenue',
              retained.length > 0 ? retained.join(' ; ') : (nonconformity.analysis?.text ?? 'analyse des causes non enregistrée'),
            ],
          ] as [string, string][])
        : []),
    ],
    120,
  );
  renderActions(b, item.actions, date, 'Aucune action enregistrée pour ce constat.');
  if (nonconformity) renderChecks(b, nonconformity.checks, date);
};

import { effectivenessVerdictLabels } from '../../../../shared/labels/nonconformities';
import { actionStatusLabels, actionTypeLabels } from '../../../../shared/labels/actions';
import {
  nonconformitySeverityLabels,
  nonconformitySourceLabels,
  nonconformityStatusLabels,
} from '../../../../shared/labels/nonconformities';
import { actionStatusOn, isActionOverdueOn, type DatedAction } from '../../../../shared/domain/actions';
import { NOT_RECORDED } from '../../../../shared/domain/pack';
import { daysLate } from '../../../../shared/domain/review';
import type { Action } from '../../../../shared/schemas/actions';
import type { EffectivenessCheck, Nonconformity } from '../../../../shared/schemas/nonconformities';
import type { Builder } from '../pdf/builder';
import { subheading } from '../pdf/subheading';
import { beginTable, type Cell } from '../pdf/table';
import { theme } from '../pdf/theme';
import { shortDate } from '../pdf/typography';
import { renderCauses } from './causesBlock';
import { capitalised, days } from './loopLabels';

/** Where a nonconformity comes from, with the record that opened it: "Audit AUD-2026-01 · constat NC mineure". */
export const ncOrigin = (nc: Nonconformity): string => {
  const source = nc.finding
    ? `Audit ${nc.finding.auditReference} · constat${nc.findingDetail ? ` ${nc.findingDetail.gradeLabel}` : ''}`
    : nc.complaint
      ? `Réclamation ${nc.complaint.reference}`
      : nonconformitySourceLabels.fr[nc.source];
  return nc.suggestion ? `${source} · fiche d’amélioration ${nc.suggestion.reference}` : source;
};

/** The status word, with its closure date: "Close le 12/01/2027". */
export const ncStatusText = (nc: Pick<Nonconformity, 'status' | 'closedOn'>): string =>
  nc.status === 'close' && nc.closedOn ? `Close le ${shortDate(nc.closedOn)}` : capitalised(nonconformityStatusLabels.fr[nc.status]);

/** The first words of a text, for a heading or an outline entry. */
export const excerpt = (text: string, length = 90): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length * 0.6)).replace(/[\s,;:.]+$/u, '')}…`;
};

const muted = (b: Builder, text: string): void => b.paragraph(text, { color: theme.color.muted, style: 'italic' });

/** Where an action stood on the pack's date, in words (late is said, not only coloured); what came after is not told. */
export const actionStateCell = (action: DatedAction & Pick<Action, 'abandonReason'>, date: string): Cell => {
  const status = actionStatusOn(action, date);
  if (status === 'realisee') return { text: `Réalisée le ${shortDate(action.doneOn)}`, color: theme.color.ok };
  if (status === 'abandonnee') {
    return { text: `Abandonnée le ${shortDate(action.abandonedOn)} : ${action.abandonReason ?? NOT_RECORDED}`, color: theme.color.muted };
  }
  if (isActionOverdueOn(action, date)) {
    return {
      text: `${actionStatusLabels.fr[status]} — en retard de ${days(daysLate(action.dueDate, date))}`,
      color: theme.color.gap,
      style: 'bold',
      fill: theme.color.gapLight,
    };
  }
  return actionStatusLabels.fr[status];
};

/** The description of an action with its evidence notes, as one cell. */
export const actionText = (action: Pick<Action, 'description' | 'evidenceNotes'>): string =>
  action.evidenceNotes ? `${action.description}\nPreuves : ${action.evidenceNotes}` : action.description;

/** The actions of a nonconformity or a finding, under the title "Actions": type, what, who, when, and where each stands. */
export const renderActions = (b: Builder, actions: readonly Omit<Action, 'overdue'>[], date: string, empty: string): void => {
  const table = beginTable(
    b,
    [
      { header: 'Référence', share: 62, prose: false, style: 'bold' },
      { header: 'Type', share: 60 },
      { header: 'Action', share: 158 },
      { header: 'Responsable', share: 68 },
      { header: 'Échéance', share: 50, prose: false },
      { header: 'État', share: 97 },
    ],
    { caption: { title: 'Actions' } },
  );
  if (actions.length === 0) table.note(empty);
  for (const action of actions) {
    table.row([
      action.reference,
      actionTypeLabels.fr[action.type],
      actionText(action),
      action.ownerName,
      shortDate(action.dueDate),
      actionStateCell(action, date),
    ]);
  }
  table.end();
};

const verdictCell = (check: EffectivenessCheck, date: string): Cell => {
  if (check.verdict === 'efficace') return { text: effectivenessVerdictLabels.fr.efficace, color: theme.color.ok, style: 'bold' };
  if (check.verdict === 'non_efficace') return { text: effectivenessVerdictLabels.fr.non_efficace, color: theme.color.gap, style: 'bold' };
  const late = daysLate(check.plannedOn, date);
  return late > 0
    ? { text: `En attente — en retard de ${days(late)}`, color: theme.color.gap, style: 'bold' }
    : { text: 'En attente du verdict', color: theme.color.muted };
};

/** Every effectiveness check of a nonconformity, planned then judged. */
export const renderChecks = (b: Builder, checks: readonly EffectivenessCheck[], date: string): void => {
  const table = beginTable(
    b,
    [
      { header: 'Prévue le', share: 50, prose: false },
      { header: 'Critère d’efficacité', share: 140 },
      { header: 'Verdict', share: 75 },
      { header: 'Vérifiée', share: 80 },
      { header: 'Constat de la vérification', share: 150 },
    ],
    { caption: { title: 'Vérification de l’efficacité' } },
  );
  if (checks.length === 0) table.note('Aucune vérification de l’efficacité planifiée.');
  for (const check of checks) {
    table.row([
      shortDate(check.plannedOn),
      check.criterion,
      verdictCell(check, date),
      check.checkedOn ? `le ${shortDate(check.checkedOn)}${check.checkedByName ? `\npar ${check.checkedByName}` : ''}` : '—',
      check.comment ?? '—',
    ]);
  }
  table.end();
};

/**
 * One nonconformity in full, as the pack and the action plan after an audit print it: its record,
 * the correction, the cause analysis, the actions and the effectiveness checks. The caller writes
 * the heading. `date` is the day lateness is judged on.
 */
export const renderNonconformity = (b: Builder, nc: Nonconformity, date: string): void => {
  b.keyValues(
    [
      ['Détectée', `le ${shortDate(nc.detectedOn)}${nc.detectedByName ? ` par ${nc.detectedByName}` : ''}`],
      ['Origine', ncOrigin(nc)],
      ['Processus', nc.processName ?? NOT_RECORDED],
      ['Exigences', nc.requirements.map((r) => `${r.number} ${r.title}`).join(' ; ') || NOT_RECORDED],
      ['Gravité et statut', `${capitalised(nonconformitySeverityLabels.fr[nc.severity])} · ${ncStatusText(nc)}`],
      ['Description', nc.description],
    ],
    120,
  );
  subheading(b, 'Correction');
  if (nc.correction === null) muted(b, 'Aucune correction enregistrée.');
  else {
    b.paragraph(nc.correction.what);
    b.paragraph(
      `Faite${nc.correction.byName ? ` par ${nc.correction.byName}` : ''}${nc.correction.on ? ` le ${shortDate(nc.correction.on)}` : ''}.`,
      { color: theme.color.muted, size: theme.size.small + 0.5 },
    );
  }
  renderCauses(b, nc.analysis);
  renderActions(b, nc.actions, date, 'Aucune action enregistrée.');
  renderChecks(b, nc.checks, date);
};

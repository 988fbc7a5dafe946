import { objectiveStatusLabels } from '../../../../shared/labels/indicators';
import { actionStatusLabels } from '../../../../shared/labels/actions';
import { suggestionStatusLabels } from '../../../../shared/labels/suggestions';
import { complainantKindLabels } from '../../../../shared/labels/complaints';
import { nonconformitySeverityLabels, nonconformityStatusLabels } from '../../../../shared/labels/nonconformities';
import { auditTypeFullLabels } from '../../../../shared/labels/audits';
import { stateSymbols } from '../../../../shared/domain/indicator-state';
import { formatIndicatorValue } from '../../../../shared/domain/indicator-values';
import { periodLabel } from '../../../../shared/domain/indicators';
import type { Decision, IndicatorInput, ReviewInputs } from '../../../../shared/schemas/management-review';
import type { Builder } from '../pdf/builder';
import { keyFigures } from '../pdf/chart';
import { seriesChart } from '../pdf/seriesChart';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, shortDate } from '../pdf/typography';
import { stateText } from './reviewLabels';

const muted = (b: Builder, text: string): void => b.paragraph(text, { color: theme.color.muted, size: theme.size.small + 0.5 });

/** A decision's action as it stands: "ACT-2026-003, Amélie Durand, échéance 31/03/2027 — Réalisée le 12/03/2027". */
export const actionText = (decision: Decision): string => {
  const action = decision.action;
  if (action === null) return 'Sans action (décision enregistrée en texte)';
  const status = action.doneOn === null ? actionStatusLabels.fr[action.status] : `Réalisée le ${shortDate(action.doneOn)}`;
  return `${action.reference}, ${action.ownerName}, échéance ${shortDate(action.dueDate)} — ${status}${action.overdue ? ' (en retard)' : ''}`;
};

/** The previous review's decisions with where their actions stand today (§9.3.2 a). */
export const previousDecisionsBlock = (b: Builder, inputs: ReviewInputs): void => {
  const previous = inputs.previousReview;
  if (previous === null) return muted(b, 'Première revue de direction enregistrée dans ce fichier : pas de décision antérieure à suivre.');
  muted(b, `Décisions de la revue du ${shortDate(previous.heldOn)}, avec l’état de leur action au ${shortDate(inputs.readOn)}.`);
  const table = beginTable(b, [
    { header: 'N°', share: 18, prose: false },
    { header: 'Décision', share: 230 },
    { header: 'Action et état', share: 230 },
  ]);
  if (previous.decisions.length === 0) table.note('La revue précédente n’a enregistré aucune décision.');
  for (const decision of previous.decisions) {
    const late = decision.action?.overdue === true;
    table.row([
      String(decision.position),
      decision.text,
      late ? { text: actionText(decision), color: theme.color.gap } : actionText(decision),
    ]);
  }
  table.end();
};

/** Réclamations of the period, their response time, and the satisfaction and réclamation indicators (§9.3.2 c 1). */
export const complaintsBlock = (b: Builder, inputs: ReviewInputs): void => {
  const { complaints } = inputs;
  keyFigures(b, [
    { value: integer(complaints.received), label: 'réclamations reçues' },
    { value: integer(complaints.answered), label: 'répondues' },
    {
      value: integer(complaints.answeredLate),
      label: 'répondues en retard',
      color: complaints.answeredLate > 0 ? theme.color.warn : undefined,
    },
    {
      value: complaints.averageResponseDays === null ? '—' : `${integer(complaints.averageResponseDays)}\u202Fj`,
      label: 'délai moyen de réponse',
    },
  ]);
  if (complaints.list.length > 0) {
    const table = beginTable(b, [
      { header: 'Référence', share: 64, prose: false },
      { header: 'Reçue le', share: 52, prose: false },
      { header: 'Émetteur', share: 56 },
      { header: 'Objet', share: 220 },
      { header: 'Réponse', share: 70 },
    ]);
    for (const c of complaints.list) {
      table.row([
        c.reference,
        shortDate(c.receivedOn),
        complainantKindLabels.fr[c.complainantKind],
        c.subject,
        c.respondedOn ? `le ${shortDate(c.respondedOn)}` : 'sans réponse',
      ]);
    }
    table.end();
  }
  const satisfaction = inputs.indicators.filter((i) => i.theme === 'satisfaction' || i.theme === 'reclamations');
  if (satisfaction.length > 0) indicatorTable(b, satisfaction);
};

const show = (indicator: IndicatorInput, value: number): string => formatIndicatorValue(value, indicator.unit, indicator.scaleMax);

/** Indicators against their target over a period: each measurement with its state's symbol, the periods left unmeasured. */
export const indicatorTable = (b: Builder, indicators: readonly IndicatorInput[]): void => {
  const table = beginTable(b, [
    { header: 'Indicateur', share: 130 },
    { header: 'Mesures de la période', share: 190 },
    { header: 'Cible (seuil)', share: 70, prose: false },
    { header: 'État', share: 70, prose: false },
  ]);
  for (const indicator of indicators) {
    const measured = indicator.measurements
      // Each value carries its state's symbol: 45 % ✗ reads without the chart's colours.
      .map((m) => `${periodLabel(indicator.frequency, m.periodStart)} : ${show(indicator, m.value)} ${stateSymbols[m.state]}`)
      .join(' ; ');
    const missing = indicator.missing.map((start) => periodLabel(indicator.frequency, start)).join(', ');
    const target =
      indicator.target === null
        ? 'sans cible'
        : `${show(indicator, indicator.target)}${indicator.alertThreshold === null ? '' : ` (${show(indicator, indicator.alertThreshold)})`}`;
    const color = indicator.state === 'non_atteint' ? theme.color.gap : indicator.state === 'vigilance' ? theme.color.warn : undefined;
    table.row([
      indicator.name,
      `${measured || 'aucune mesure'}${missing ? `\nManquantes : ${missing}` : ''}`,
      target,
      { text: stateText(indicator.state), color, style: 'bold' },
    ]);
  }
  table.end();
};

/** Quality objectives and how far they are met (§9.3.2 c 2). */
export const objectivesBlock = (b: Builder, inputs: ReviewInputs): void => {
  if (inputs.objectives.length === 0) return muted(b, 'Aucun objectif qualité en cours ou échu sur la période.');
  const table = beginTable(b, [
    { header: 'Objectif', share: 170 },
    { header: 'Responsable', share: 70 },
    { header: 'Échéance', share: 52, prose: false },
    { header: 'Statut', share: 56 },
    { header: 'Indicateurs', share: 130 },
  ]);
  for (const o of inputs.objectives) {
    table.row([
      o.title,
      o.ownerName,
      `${shortDate(o.targetDate)}${o.overdue ? '\n(dépassée)' : ''}`,
      objectiveStatusLabels.fr[o.status],
      o.indicators.map((i) => `${i.name} : ${stateText(i.state)}${i.latest ? ` (${i.latest})` : ''}`).join('\n') || '—',
    ]);
  }
  table.end();
};

/** Every indicator against its target over the period, then one chart per indicator measured (§9.3.2 c 3, c 5). */
export const indicatorsBlock = (b: Builder, inputs: ReviewInputs, chartKinds: ReadonlyMap<number, 'ligne' | 'barres'>): void => {
  if (inputs.indicators.length === 0) return muted(b, 'Aucun indicateur suivi.');
  indicatorTable(b, inputs.indicators);
  for (const indicator of inputs.indicators.filter((i) => i.measurements.length > 0)) {
    b.paragraph(indicator.name, { style: 'bold', size: theme.size.body });
    seriesChart(b, {
      title: indicator.name,
      kind: chartKinds.get(indicator.id) ?? 'ligne',
      points: indicator.measurements.map((m) => ({
        label: periodLabel(indicator.frequency, m.periodStart),
        value: m.value,
        state: m.state,
      })),
      target: indicator.target,
      threshold: indicator.alertThreshold,
      top: indicator.unit === 'pourcentage' ? 100 : indicator.unit === 'note' ? indicator.scaleMax : null,
      format: (value) => show(indicator, value),
    });
  }
};

/** Nonconformities and corrective actions: opened, closed, overdue, effectiveness (§9.3.2 c 4). */
export const nonconformitiesBlock = (b: Builder, inputs: ReviewInputs): void => {
  const { nonconformities: ncs, actions, effectiveness } = inputs;
  keyFigures(b, [
    { value: integer(ncs.opened), label: 'non-conformités ouvertes sur la période' },
    { value: integer(ncs.closed), label: 'closes sur la période' },
    {
      value: integer(actions.overdue),
      label: `actions en retard au ${shortDate(inputs.readOn)}`,
      color: actions.overdue > 0 ? theme.color.gap : undefined,
    },
    {
      value: `${integer(effectiveness.effective)} / ${integer(effectiveness.effective + effectiveness.notEffective)}`,
      label: 'vérifications jugées efficaces',
    },
  ]);
  muted(
    b,
    `${integer(ncs.openNow)} non-conformité(s) ouverte(s) au ${shortDate(inputs.readOn)} ; ${integer(actions.opened)} action(s) ouverte(s) et ${integer(actions.completed)} réalisée(s) sur la période ; ${integer(effectiveness.pending)} vérification(s) d’efficacité en attente.`,
  );
  const table = beginTable(b, [
    { header: 'Référence', share: 64, prose: false },
    { header: 'Détectée le', share: 52, prose: false },
    { header: 'Gravité', share: 50 },
    { header: 'État', share: 60 },
    { header: 'Description', share: 250 },
  ]);
  if (ncs.list.length === 0) table.note('Aucune non-conformité détectée sur la période.');
  for (const nc of ncs.list)
    table.row([
      nc.reference,
      shortDate(nc.detectedOn),
      nonconformitySeverityLabels.fr[nc.severity],
      nonconformityStatusLabels.fr[nc.status],
      nc.description,
    ]);
  table.end();
  if (actions.overdueList.length > 0) {
    b.paragraph('Actions en retard', { style: 'bold' });
    const late = beginTable(b, [
      { header: 'Référence', share: 64, prose: false },
      { header: 'Action', share: 250 },
      { header: 'Responsable', share: 90 },
      { header: 'Échéance', share: 52, prose: false },
    ]);
    for (const a of actions.overdueList)
      late.row([a.reference, a.description, a.ownerName, { text: shortDate(a.dueDate), color: theme.color.gap }]);
    late.end();
  }
};

/** Internal and external audits of the period, with their findings by grade (§9.3.2 c 6). */
export const auditsBlock = (b: Builder, inputs: ReviewInputs): void => {
  const table = beginTable(b, [
    { header: 'Audit', share: 64, prose: false },
    { header: 'Date', share: 52, prose: false },
    { header: 'Nature', share: 120 },
    { header: 'Constats', share: 200 },
  ]);
  if (inputs.audits.length === 0) table.note('Aucun audit sur la période.');
  for (const audit of inputs.audits) {
    table.row([
      audit.reference,
      shortDate(audit.startDate),
      `${auditTypeFullLabels.fr[audit.type]} (${audit.external ? 'externe' : 'interne'})${audit.title ? `\n${audit.title}` : ''}`,
      audit.findings.map((f) => `${f.label} : ${integer(f.count)}`).join(' ; ') || 'aucun constat',
    ]);
  }
  table.end();
  if (inputs.findingsByGrade.length > 0) {
    const grades = beginTable(b, [
      { header: 'Constats par cotation', share: 200 },
      { header: 'Audits internes', share: 90, prose: false },
      { header: 'Audits externes', share: 90, prose: false },
    ]);
    for (const grade of inputs.findingsByGrade) grades.row([grade.label, integer(grade.internal), integer(grade.external)]);
    grades.end();
  }
};

/** Fiches d'amélioration of the period, and documents past their review date (§9.3.2 f, 7.5). */
export const improvementBlock = (b: Builder, inputs: ReviewInputs): void => {
  const { suggestions } = inputs;
  muted(b, `${integer(suggestions.received)} fiche(s) d’amélioration reçue(s) sur la période ; ${integer(suggestions.toTriage)} à trier.`);
  if (suggestions.list.length > 0) {
    const table = beginTable(b, [
      { header: 'Fiche', share: 64, prose: false },
      { header: 'Le', share: 52, prose: false },
      { header: 'Description', share: 260 },
      { header: 'Suite', share: 90 },
    ]);
    for (const s of suggestions.list)
      table.row([s.reference, shortDate(s.suggestedOn), s.description, suggestionStatusLabels.fr[s.status]]);
    table.end();
  }
  b.paragraph('Documents en retard de revue', { style: 'bold' });
  const documents = beginTable(b, [
    { header: 'Document', share: 250 },
    { header: 'Revue prévue le', share: 70, prose: false },
    { header: 'Responsable', share: 110 },
  ]);
  if (inputs.documentsOverdue.length === 0) documents.note('Aucun document en retard de revue.');
  for (const d of inputs.documentsOverdue)
    documents.row([`${d.reference} — ${d.title}`, { text: shortDate(d.nextReviewDue), color: theme.color.gap }, d.ownerName ?? '—']);
  documents.end();
};

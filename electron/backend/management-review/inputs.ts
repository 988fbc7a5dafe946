import { isExternalAudit } from '../../../shared/domain/audits';
import { responseTimeDays, responseTimeFigures } from '../../../shared/domain/complaints';
import { indicatorState } from '../../../shared/domain/indicator-state';
import { measurementDue, periodLabel, periodsWithin } from '../../../shared/domain/indicators';
import type { Decision, IndicatorInput, ReviewInputs } from '../../../shared/schemas/management-review';
import type { QualityObjective } from '../../../shared/schemas/objectives';
import type { IndicatorsService } from '../indicators/service';
import type { ReviewInputsRepository, Window } from './inputs-repository';

/** The indicators followed during the window, their measurements in it, and the periods due and left unmeasured. */
const indicatorInputs = (repo: ReviewInputsRepository, indicators: IndicatorsService, w: Window): IndicatorInput[] => {
  const within = repo.measurementsWithin(w);
  return indicators
    .list(true)
    .filter((indicator) => indicator.active || within.some((m) => m.indicator_id === indicator.id))
    .map((indicator) => {
      const rules = { direction: indicator.direction, target: indicator.target, alertThreshold: indicator.alertThreshold };
      const measurements = within
        .filter((m) => m.indicator_id === indicator.id)
        .map((m) => ({
          periodStart: m.period_start,
          label: periodLabel(indicator.frequency, m.period_start),
          value: m.value,
          state: indicatorState(rules, m.value),
        }));
      const measured = new Set(measurements.map((m) => m.periodStart));
      const missing = periodsWithin(indicator.frequency, w.start, w.end)
        .filter((start) => start >= indicator.firstPeriod && !measured.has(start))
        .filter((start) => measurementDue(indicator.frequency, start, indicator.entryDelayDays) < w.readOn);
      return {
        id: indicator.id,
        name: indicator.name,
        theme: indicator.theme,
        unit: indicator.unit,
        scaleMax: indicator.scaleMax,
        direction: indicator.direction,
        frequency: indicator.frequency,
        target: indicator.target,
        alertThreshold: indicator.alertThreshold,
        measurements,
        state: indicatorState(rules, measurements.at(-1)?.value ?? null),
        missing,
      };
    });
};

/** Reads every input of §9.3.2 the file knows for the window; `previous` is the last review with its decisions as they stand now. */
export const readReviewInputs = (
  repo: ReviewInputsRepository,
  indicators: IndicatorsService,
  w: Window,
  previous: { id: number; heldOn: string; decisions: Decision[] } | null,
  objectives: readonly QualityObjective[],
): ReviewInputs => {
  const { audits, findings } = repo.audits(w);
  const external = new Map(audits.map((audit) => [audit.id, isExternalAudit(audit.type)]));
  const byGrade = new Map<string, { label: string; internal: number; external: number }>();
  for (const row of findings) {
    const entry = byGrade.get(row.label) ?? { label: row.label, internal: 0, external: 0 };
    if (external.get(row.audit_id)) entry.external += row.count;
    else entry.internal += row.count;
    byGrade.set(row.label, entry);
  }
  const nonconformities = repo.nonconformities(w);
  const actions = repo.actions(w);
  const checks = repo.effectiveness(w);
  const complaints = repo.complaints(w);
  const answered = complaints.filter((c) => c.responded_on !== null);
  const days = answered.map((c) => responseTimeDays(c.received_on, c.responded_on) ?? 0);
  const suggestions = repo.suggestions(w);
  return {
    periodStart: w.start,
    periodEnd: w.end,
    readOn: w.readOn,
    previousReview: previous,
    audits: audits.map((audit) => ({
      id: audit.id,
      reference: audit.reference,
      type: audit.type,
      external: isExternalAudit(audit.type),
      title: audit.title,
      startDate: audit.start_date,
      status: audit.status,
      findings: findings.filter((f) => f.audit_id === audit.id).map((f) => ({ label: f.label, count: f.count })),
    })),
    findingsByGrade: [...byGrade.values()],
    nonconformities: {
      opened: nonconformities.counts.opened,
      closed: nonconformities.counts.closed,
      openNow: nonconformities.counts.open_now,
      list: nonconformities.list.map((nc) => ({
        id: nc.id,
        reference: nc.reference,
        detectedOn: nc.detected_on,
        severity: nc.severity,
        status: nc.status,
        description: nc.description,
      })),
    },
    actions: {
      opened: actions.counts.opened,
      completed: actions.counts.completed,
      overdue: actions.counts.overdue,
      overdueList: actions.overdue.map((a) => ({
        id: a.id,
        reference: a.reference,
        description: a.description,
        ownerName: a.owner_name,
        dueDate: a.due_date,
      })),
    },
    effectiveness: { effective: checks.effective, notEffective: checks.not_effective, pending: checks.pending },
    complaints: {
      received: complaints.length,
      answered: answered.length,
      answeredLate: answered.filter((c) => (c.responded_on ?? '') > c.response_due).length,
      unanswered: complaints.length - answered.length,
      averageResponseDays: responseTimeFigures(days)?.average ?? null,
      list: complaints.map((c) => ({
        id: c.id,
        reference: c.reference,
        receivedOn: c.received_on,
        complainantKind: c.complainant_kind,
        subject: c.subject,
        respondedOn: c.responded_on,
      })),
    },
    indicators: indicatorInputs(repo, indicators, w),
    // An objective matters to the review if it was due in the period or later, or is still open.
    objectives: objectives
      .filter((objective) => objective.targetDate >= w.start || objective.status === 'en_cours')
      .map((objective) => ({
        id: objective.id,
        title: objective.title,
        ownerName: objective.ownerName,
        targetDate: objective.targetDate,
        status: objective.status,
        overdue: objective.overdue,
        indicators: objective.indicators.map(({ name, state, latest }) => ({ name, state, latest })),
      })),
    documentsOverdue: repo.documentsOverdue(w).map((d) => ({
      id: d.id,
      reference: d.reference,
      title: d.title,
      nextReviewDue: d.next_review_due,
      ownerName: d.owner_name,
    })),
    suggestions: {
      received: suggestions.counts.received,
      toTriage: suggestions.counts.to_triage,
      list: suggestions.list.map((s) => ({
        id: s.id,
        reference: s.reference,
        suggestedOn: s.suggested_on,
        kind: s.kind,
        description: s.description,
        status: s.status,
      })),
    },
  };
};

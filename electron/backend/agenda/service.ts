import { addDays, differenceInCalendarDays } from 'date-fns';
import { agendaDay, horizonEnd, listedSince, splitBacklog, type BacklogCount } from '../../../shared/domain/agenda';
import { renewalAlertDate } from '../../../shared/domain/certification';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from '../../../shared/domain/dates';
import type { Agenda, AgendaItem, AgendaKind, AgendaQuery, AgendaSummary } from '../../../shared/schemas/agenda';
import type { ServiceContext } from '../context';
import { cycleWarningItems, type CycleWarningSource } from './cycle-items';
import { createAgendaRepository, type AgendaParams, type AgendaRow, type BacklogRow } from './repository';

/** Days before an external audit when preparing it becomes an obligation. */
export const AUDIT_PREPARATION_DAYS = 30;
/** Days after a version takes effect by which everyone should have read it. */
export const READING_DAYS = 30;
/** How long after its effective date a version's missing readers stay on the agenda. */
export const READS_WINDOW_DAYS = 90;

const routes: Record<AgendaKind, string> = {
  document_review: '/documents/',
  document_reads: '/documents/',
  audit: '/audits/',
  audit_preparation: '/audits/',
  certification_renewal: '/certifications/',
  certification_expiry: '/certifications/',
  finding_response: '/audits/',
  finding_follow_up: '/audits/',
  certification_warning: '/certifications/',
  action: '/actions/',
  effectiveness_check: '/non-conformites/',
  complaint: '/reclamations/',
  measurement: '/indicateurs/',
  training_expiry: '/formations/',
  training_planned: '/formations/',
  training_evaluation: '/formations/',
  provider_evaluation: '/prestataires/',
  survey_analysis: '/enquetes/',
  issue_review: '/contexte/enjeux/',
  party_review: '/parties-interessees/',
  risk_review: '/risques/',
  risk_reevaluation: '/risques/',
  watch_source: '/veille/sources/',
};

/** The register an old overdue kind leads to, filtered on what is late where the register can (the plan, the documents). */
const registers: Record<AgendaKind, string> = {
  document_review: '/documents?retard=1',
  document_reads: '/documents',
  audit: '/audits',
  audit_preparation: '/audits',
  certification_renewal: '/certifications',
  certification_expiry: '/certifications',
  finding_response: '/audits',
  finding_follow_up: '/audits',
  certification_warning: '/certifications',
  action: '/plan-actions?retard=1',
  effectiveness_check: '/non-conformites',
  complaint: '/reclamations',
  measurement: '/indicateurs',
  training_expiry: '/formations',
  training_planned: '/formations',
  training_evaluation: '/formations',
  provider_evaluation: '/prestataires',
  survey_analysis: '/enquetes',
  issue_review: '/contexte',
  party_review: '/parties-interessees',
  risk_review: '/risques',
  risk_reevaluation: '/risques',
  watch_source: '/veille',
};

/** The database's count of old rows as counts of the kinds they stand for (an old certification is both its alerts). */
const backlogKinds = (row: BacklogRow): BacklogCount<AgendaKind>[] =>
  (row.kind === 'certification' ? (['certification_renewal', 'certification_expiry'] as const) : [row.kind]).map((kind) => ({
    kind,
    count: row.count,
    oldestDue: row.oldest,
  }));

const shift = (date: CalendarDate, days: number): CalendarDate => toCalendarDate(addDays(fromCalendarDate(date), days));

/** A SQL row as the dated items it stands for (a certification is two: renewal alert and expiry). */
const expand = (row: AgendaRow): { kind: AgendaKind; due: CalendarDate }[] => {
  switch (row.kind) {
    case 'certification':
      return [
        // As the renewal window opens: its margin before expiry, then three months (shared/domain/certification.ts).
        { kind: 'certification_renewal', due: renewalAlertDate(row.base_date, row.amount ?? 3) },
        { kind: 'certification_expiry', due: row.base_date },
      ];
    case 'document_reads':
      return (row.amount ?? 0) > 0 ? [{ kind: row.kind, due: shift(row.base_date, READING_DAYS) }] : [];
    case 'audit_preparation':
      return [{ kind: row.kind, due: shift(row.base_date, -AUDIT_PREPARATION_DAYS) }];
    default:
      return [{ kind: row.kind, due: row.base_date }];
  }
};

/**
 * "À faire": every dated obligation of the quality system up to the horizon, overdue ones first;
 * those overdue for more than 90 days counted per kind with a link to their register (`splitBacklog`).
 */
export const createAgendaService = (ctx: ServiceContext, cycleWarnings: CycleWarningSource) => {
  const repository = createAgendaRepository(ctx.db);

  const summary = (today: CalendarDate): AgendaSummary => {
    const documents = repository.documentsInForce(today);
    const open = { majeure: 0, mineure: 0, observation: 0 };
    for (const row of repository.openNonconformities()) if (row.severity in open) open[row.severity as keyof typeof open] = row.count;
    const next = repository.nextExternalAudit(today);
    return {
      documentsInForce: documents.total,
      documentsReviewedOnTime: documents.on_time,
      openNonconformities: open,
      overdueActions: repository.overdueActions(today),
      nextExternalAudit: next
        ? {
            id: next.id,
            reference: next.reference,
            type: next.type,
            date: next.start_date,
            inDays: differenceInCalendarDays(fromCalendarDate(next.start_date), fromCalendarDate(today)),
          }
        : null,
    };
  };

  return {
    list: (query: AgendaQuery): Agenda => {
      const today = toCalendarDate(ctx.now());
      const horizon = horizonEnd(today, query.horizonDays);
      const params: AgendaParams = {
        horizon,
        preparationHorizon: shift(horizon, AUDIT_PREPARATION_DAYS),
        today,
        readsSince: shift(today, -READS_WINDOW_DAYS),
        personId: query.personId ?? null,
        withUnassigned: query.withUnassigned === true ? 1 : 0,
        processId: query.processId ?? null,
        listedSince: listedSince(today),
      };
      const rows = repository.items(params);
      const kinds = query.kinds ? new Set(query.kinds) : null;
      const counted = repository
        .backlog(params)
        .flatMap(backlogKinds)
        .filter(({ kind }) => kinds === null || kinds.has(kind));
      const onDay = agendaDay(today);
      // Cycle warnings name nobody: they stay off an agenda filtered by person, unless it keeps the unassigned.
      const withWarnings = (query.personId === undefined || query.withUnassigned === true) && query.processId === undefined;
      const warnings =
        withWarnings && (kinds === null || kinds.has('certification_warning')) ? cycleWarningItems(cycleWarnings, today, onDay) : [];
      const dated: AgendaItem[] = rows
        .flatMap((row) => expand(row).map((dated) => ({ row, ...dated })))
        .filter(({ kind, due }) => due <= horizon && (kinds === null || kinds.has(kind)))
        .map(({ row, kind, due }) => ({
          key: `${kind}:${row.record_id}`,
          kind,
          route: `${routes[kind]}${row.route_id}`,
          reference: row.reference,
          label: row.label,
          detail: row.detail,
          count: row.kind === 'certification' ? null : row.amount,
          due,
          group: onDay.group(due),
          daysLate: onDay.daysPast(due),
          responsibleId: row.responsible_id,
          responsibleName: row.responsible_name,
          processId: row.process_id,
          processName: row.process_name,
        }));
      // A certification's renewal alert can be old while its expiry is recent: the rule sorts the items too.
      const { listed, backlog } = splitBacklog(dated, today, counted);
      // The cycle's warnings stay listed whatever their age: a handful per cycle, each saying what to do in its own words.
      const items = listed.concat(warnings).sort((a, b) => (a.due === b.due ? a.key.localeCompare(b.key) : a.due < b.due ? -1 : 1));
      const counts = { overdue: 0, this_week: 0, this_month: 0, later: 0 };
      for (const item of items) counts[item.group] += 1;
      for (const old of backlog) counts.overdue += old.count;
      return {
        today,
        horizonEnd: horizon,
        items,
        counts,
        listedSince: params.listedSince,
        backlog: backlog.map((old) => ({ ...old, route: registers[old.kind] })),
        summary: summary(today),
      };
    },
  };
};

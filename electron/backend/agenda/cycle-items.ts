import type { agendaDay } from '../../../shared/domain/agenda';
import type { CalendarDate } from '../../../shared/domain/dates';
import type { AgendaItem } from '../../../shared/schemas/agenda';
import type { Certification } from '../../../shared/schemas/audits';
import type { CycleWarningView } from '../../../shared/schemas/certification-rules';

/** The warnings of each running certification's cycle (the certifications service computes them). */
export type CycleWarningSource = () => { certification: Certification; warnings: CycleWarningView[] }[];

/**
 * A cycle warning is a fact to act on now: one still to come (a year with no audit planned) is due
 * today, one already past keeps its date and shows as late. Warnings name no person or process, so
 * a filtered agenda leaves them out.
 */
export const cycleWarningItems = (source: CycleWarningSource, today: CalendarDate, onDay: ReturnType<typeof agendaDay>): AgendaItem[] =>
  source().flatMap(({ certification, warnings }) =>
    warnings.map((warning) => {
      const due = warning.date < today ? warning.date : today;
      return {
        key: `certification_warning:${certification.id}:${warning.key}`,
        kind: 'certification_warning' as const,
        route: `/certifications/${certification.id}`,
        reference: certification.certificateNumber,
        label: warning.message,
        detail: certification.scheme,
        count: null,
        due,
        group: onDay.group(due),
        daysLate: onDay.daysPast(due),
        responsibleId: null,
        responsibleName: null,
        processId: null,
        processName: null,
      };
    }),
  );

import type Database from 'better-sqlite3';
import type { AgendaSummary } from '../../../shared/schemas/agenda';
import type { Extension, GroupMember, GroupMemberView, GroupView } from '../../../shared/schemas/group';
import { createAgendaService } from '../agenda/service';
import { createAuditControl } from '../audits';
import { ServiceError } from '../errors';
import type { Author } from '../identity/author';
import { createSettingsRepository } from '../organisation/repository';

type OpenNc = GroupMemberView['openNonconformities'][number];
type IndicatorRow = {
  name: string;
  unit: GroupMemberView['indicators'][number]['unit'];
  scale_max: number | null;
  target: number | null;
  value: number | null;
  period_end: string | null;
};

/** Nobody writes through a snapshot's services: its connection is read-only. */
const READER: Author = { name: 'Sève (lecture du groupe)', personId: null, account: 'groupe' };

/**
 * One member as of its snapshot's day, read on the snapshot's read-only connection by the
 * member's own rules: À faire's items late on that day (the agenda's service itself), the NCs
 * still open, the summary À faire shows.
 */
export const readMember = (
  db: Database.Database,
  asOf: string,
): Pick<GroupMemberView, 'structureName' | 'late' | 'openNonconformities' | 'indicators'> & { summary: AgendaSummary } => {
  const ctx = { db, author: () => READER, now: () => new Date(`${asOf}T12:00:00Z`) };
  const agenda = createAgendaService(ctx, createAuditControl(ctx).certifications.warnings).list({ horizonDays: 1 });
  const openNonconformities = db
    .prepare<
      [],
      { id: number; reference: string; description: string; severity: OpenNc['severity']; status: OpenNc['status']; detected_on: string }
    >(
      "SELECT id, reference, description, severity, status, detected_on FROM nonconformities WHERE status <> 'close' ORDER BY detected_on, id",
    )
    .all()
    .map((row): OpenNc => ({
      id: row.id,
      reference: row.reference,
      description: row.description,
      severity: row.severity,
      status: row.status,
      detectedOn: row.detected_on,
    }));
  // One statement for all indicators: the latest measurement ending by that day, by a window over the member's measurements.
  const indicators = db
    .prepare<[string], IndicatorRow>(
      `SELECT i.name, i.unit, i.scale_max, i.target, m.value, m.period_end
       FROM indicators i
       LEFT JOIN (SELECT indicator_id, value, period_end,
                         row_number() OVER (PARTITION BY indicator_id ORDER BY period_end DESC) AS rank
                  FROM measurements WHERE period_end <= ?) m ON m.indicator_id = i.id AND m.rank = 1
       WHERE i.active = 1 ORDER BY i.name COLLATE NOCASE`,
    )
    .all(asOf)
    .map(({ period_end, scale_max, ...row }) => ({ ...row, scaleMax: scale_max, periodEnd: period_end }));
  return {
    indicators,
    structureName: createSettingsRepository(db).get('organisation.name'),
    summary: agenda.summary,
    late: agenda.items.filter((item) => item.group === 'overdue'),
    openNonconformities,
  };
};

export type ViewDeps = {
  groupName: string | null;
  members: GroupMember[];
  /** A read-only connection on a member's latest snapshot. */
  openSnapshot: (member: GroupMember & { latest: NonNullable<GroupMember['latest']> }) => Database.Database;
  extensions: Extension[];
  unmatchedAnswers: GroupView['unmatchedAnswers'];
};

/** The group's view: every current member, each from its latest snapshot, « au » its date. */
export const readGroupView = (deps: ViewDeps): GroupView => ({
  name: deps.groupName,
  extensions: deps.extensions,
  unmatchedAnswers: deps.unmatchedAnswers,
  members: deps.members
    .filter((member) => member.removedOn === null)
    .map((member): GroupMemberView => {
      const empty = {
        memberId: member.id,
        name: member.name,
        structureName: null,
        summary: null,
        late: [],
        openNonconformities: [],
        indicators: [],
      };
      const { latest } = member;
      if (!latest) return { ...empty, asOf: null, sha256: null, problem: null };
      let db: Database.Database | undefined;
      try {
        db = deps.openSnapshot({ ...member, latest });
        return { ...empty, ...readMember(db, latest.createdOn), asOf: latest.createdOn, sha256: latest.sha256, problem: null };
      } catch (error) {
        if (!(error instanceof ServiceError)) throw error;
        return { ...empty, asOf: latest.createdOn, sha256: latest.sha256, problem: error.message };
      } finally {
        db?.close();
      }
    }),
});

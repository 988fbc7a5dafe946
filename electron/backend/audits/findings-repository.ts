import type Database from 'better-sqlite3';
import type { FindingStatus, GradeAnswer, NcSeverity } from '../../../shared/domain/audits';
import type { WarningFinding } from '../../../shared/domain/cycle-warnings';
import type { Finding, FindingGrade } from '../../../shared/schemas/audits';

type FindingRow = {
  id: number;
  audit_id: number;
  audit_reference: string;
  grade_id: number;
  grade_code: string;
  grade_label: string;
  grade_rank: number;
  grade_severity: NcSeverity | null;
  grade_answer: GradeAnswer;
  requirement_id: number | null;
  requirement_label: string | null;
  process_id: number | null;
  process_name: string | null;
  description: string;
  evidence: string | null;
  response_due: string | null;
  follow_up_due: string | null;
  status: FindingStatus;
  nc_id: number | null;
  nc_reference: string | null;
  nc_status: string | null;
  actions_json: string;
  revision: number;
};

const toFinding = (row: FindingRow): Finding => ({
  id: row.id,
  auditId: row.audit_id,
  auditReference: row.audit_reference,
  grade: {
    id: row.grade_id,
    code: row.grade_code,
    label: row.grade_label,
    rank: row.grade_rank,
    ncSeverity: row.grade_severity,
    answer: row.grade_answer,
  },
  requirementId: row.requirement_id,
  requirementLabel: row.requirement_label,
  processId: row.process_id,
  processName: row.process_name,
  description: row.description,
  evidence: row.evidence,
  responseDue: row.response_due,
  followUpDue: row.follow_up_due,
  status: row.status,
  nonconformity: row.nc_id === null ? null : { id: row.nc_id, reference: row.nc_reference ?? '', status: row.nc_status ?? '' },
  actions: JSON.parse(row.actions_json) as Finding['actions'],
  revision: row.revision,
});

export type FindingValues = {
  gradeId: number;
  requirementId: number | null;
  processId: number | null;
  description: string;
  evidence: string | null;
  responseDue: string | null;
  followUpDue: string | null;
  status: FindingStatus;
};

type GradeRow = { id: number; code: string; label: string; rank: number; nc_severity: NcSeverity | null; answer: GradeAnswer };
const toGrade = (row: GradeRow): FindingGrade => ({
  id: row.id,
  code: row.code,
  label: row.label,
  rank: row.rank,
  ncSeverity: row.nc_severity,
  answer: row.answer,
});

type WarningFindingRow = {
  id: number;
  audit_id: number;
  severity: NcSeverity | null;
  description: string;
  follow_up_due: string | null;
  status: FindingStatus;
};

const select = `SELECT f.id, f.audit_id, a.reference AS audit_reference, g.id AS grade_id, g.code AS grade_code, g.label AS grade_label,
    g.rank AS grade_rank, g.nc_severity AS grade_severity, g.answer AS grade_answer, f.requirement_id, r.number || ' ' || r.title_fr AS requirement_label,
    f.process_id, p.name AS process_name, f.description, f.evidence, f.response_due, f.follow_up_due, f.status,
    n.id AS nc_id, n.reference AS nc_reference, n.status AS nc_status,
    (SELECT json_group_array(json_object('id', x.id, 'reference', x.reference, 'status', x.status))
       FROM (SELECT id, reference, status FROM actions WHERE finding_id = f.id ORDER BY id) x) AS actions_json,
    f.revision
  FROM findings f
  JOIN audits a ON a.id = f.audit_id
  JOIN finding_grades g ON g.id = f.grade_id
  LEFT JOIN requirements r ON r.id = f.requirement_id
  LEFT JOIN processes p ON p.id = f.process_id
  LEFT JOIN nonconformities n ON n.finding_id = f.id`;

export const createFindingsRepository = (db: Database.Database) => {
  const selectForAudit = db.prepare<[number], FindingRow>(`${select} WHERE f.audit_id = ? ORDER BY g.rank, f.id`);
  const namedRequirements = db.prepare<[], { audit_id: number; requirement_id: number }>(
    'SELECT DISTINCT audit_id, requirement_id FROM findings WHERE requirement_id IS NOT NULL',
  );
  const selectOne = db.prepare<[number], FindingRow>(`${select} WHERE f.id = ?`);
  const insert = db.prepare(
    `INSERT INTO findings (audit_id, grade_id, requirement_id, process_id, description, evidence, response_due, follow_up_due, status,
       created_at, updated_at)
     VALUES (@auditId, @gradeId, @requirementId, @processId, @description, @evidence, @responseDue, @followUpDue, @status, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE findings SET grade_id = @gradeId, requirement_id = @requirementId, process_id = @processId, description = @description,
       evidence = @evidence, response_due = @responseDue, follow_up_due = @followUpDue, status = @status, revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const customGrades = db.prepare<[number], GradeRow>(
    'SELECT id, code, label, rank, nc_severity, answer FROM finding_grades WHERE referential_id = ? ORDER BY rank',
  );
  const defaultGrades = db.prepare<[], GradeRow>(
    'SELECT id, code, label, rank, nc_severity, answer FROM finding_grades WHERE referential_id IS NULL ORDER BY rank',
  );
  const gradeUses = db.prepare<[number], number>('SELECT count(*) FROM findings WHERE grade_id = ?').pluck();
  const insertGrade = db.prepare<[number, string, string, number, string | null, string]>(
    'INSERT INTO finding_grades (referential_id, code, label, rank, nc_severity, answer) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const updateGrade = db.prepare<[string, number, string | null, string, number]>(
    'UPDATE finding_grades SET label = ?, rank = ?, nc_severity = ?, answer = ? WHERE id = ?',
  );
  const forCertification = db.prepare<[number], WarningFindingRow>(
    `SELECT f.id, f.audit_id, g.nc_severity AS severity, f.description, f.follow_up_due, f.status
     FROM findings f JOIN audits a ON a.id = f.audit_id JOIN finding_grades g ON g.id = f.grade_id
     WHERE a.certification_id = ? AND g.nc_severity IS NOT NULL ORDER BY f.id`,
  );
  const deleteGrade = db.prepare<[number]>('DELETE FROM finding_grades WHERE id = ?');
  return {
    /** The requirements every audit's findings are written against, for a whole programme in one statement. */
    namedRequirements: () => namedRequirements.all(),
    forAudit: (auditId: number): Finding[] => selectForAudit.all(auditId).map(toFinding),
    get: (id: number): Finding | undefined => {
      const row = selectOne.get(id);
      return row && toFinding(row);
    },
    insert: (auditId: number, values: FindingValues, at: string): number => Number(insert.run({ auditId, ...values, at }).lastInsertRowid),
    update: (id: number, values: FindingValues, at: string): void => {
      update.run({ id, ...values, at });
    },
    /** A referential's own scale, empty when it uses the default one. */
    customGrades: (referentialId: number): FindingGrade[] => customGrades.all(referentialId).map(toGrade),
    defaultGrades: (): FindingGrade[] => defaultGrades.all().map(toGrade),
    gradeUses: (gradeId: number): number => gradeUses.get(gradeId) ?? 0,
    insertGrade: (referentialId: number, grade: Omit<FindingGrade, 'id'>): void => {
      insertGrade.run(referentialId, grade.code, grade.label, grade.rank, grade.ncSeverity, grade.answer);
    },
    updateGrade: (id: number, grade: Omit<FindingGrade, 'id' | 'code'>): void => {
      updateGrade.run(grade.label, grade.rank, grade.ncSeverity, grade.answer, id);
    },
    /** The NC findings of a certification's audits, as the cycle's warnings read them. */
    forCertification: (certificationId: number): WarningFinding[] =>
      forCertification.all(certificationId).map((row) => ({
        id: row.id,
        auditId: row.audit_id,
        severity: row.severity,
        description: row.description,
        followUpDue: row.follow_up_due,
        status: row.status,
      })),
    deleteGrade: (id: number): void => {
      deleteGrade.run(id);
    },
  };
};

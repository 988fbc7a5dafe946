import type Database from 'better-sqlite3';
import type { CertificationStatus } from '../../../shared/domain/certification';
import { defaultSchemeRules, ruleFamilyFor, type SchemeRules } from '../../../shared/domain/certification-rules';
import type { Certification } from '../../../shared/schemas/audits';
import { schemeRulesSchema } from '../../../shared/schemas/certification-rules';

type CertificationRow = {
  id: number;
  scheme: string;
  referential_id: number | null;
  referential_name: string | null;
  body: string | null;
  certificate_number: string | null;
  decision_date: string | null;
  expiry_date: string | null;
  status: CertificationStatus;
  is_group: number;
  group_name: string | null;
  central_function: string | null;
  other_members: string | null;
  rules: string | null;
  revision: number;
};

/** The rules saved on the certification, else (none saved, or unreadable) its scheme family's defaults. */
export const rulesOf = (row: Pick<CertificationRow, 'rules' | 'scheme'>): SchemeRules => {
  const saved = row.rules === null ? null : schemeRulesSchema.safeParse(JSON.parse(row.rules));
  return saved?.success ? saved.data : defaultSchemeRules(ruleFamilyFor(row.scheme));
};

const toCertification = (row: CertificationRow): Certification => ({
  id: row.id,
  scheme: row.scheme,
  referentialId: row.referential_id,
  referentialName: row.referential_name,
  body: row.body,
  certificateNumber: row.certificate_number,
  decisionDate: row.decision_date,
  expiryDate: row.expiry_date,
  status: row.status,
  isGroup: row.is_group === 1,
  groupName: row.group_name,
  centralFunction: row.central_function,
  otherMembers: row.other_members,
  rules: rulesOf(row),
  revision: row.revision,
});

/** What is stored; `rules` null keeps the scheme family's defaults. */
export type CertificationValues = Omit<Certification, 'id' | 'referentialName' | 'revision' | 'rules'> & { rules: SchemeRules | null };

const select = `SELECT c.id, c.scheme, c.referential_id, r.name AS referential_name, c.body, c.certificate_number, c.decision_date,
    c.expiry_date, c.status, c.is_group, c.group_name, c.central_function, c.other_members, c.rules, c.revision
  FROM certifications c LEFT JOIN referentials r ON r.id = c.referential_id`;

const params = (values: CertificationValues) => ({
  ...values,
  isGroup: values.isGroup ? 1 : 0,
  rules: values.rules === null ? null : JSON.stringify(values.rules),
});

export const createCertificationsRepository = (db: Database.Database) => {
  const selectAll = db.prepare<[], CertificationRow>(`${select} ORDER BY c.decision_date IS NULL, c.decision_date DESC, c.id DESC`);
  const selectOne = db.prepare<[number], CertificationRow>(`${select} WHERE c.id = ?`);
  const insert = db.prepare(
    `INSERT INTO certifications (scheme, referential_id, body, certificate_number, decision_date, expiry_date, status, is_group,
       group_name, central_function, other_members, rules, created_at, updated_at)
     VALUES (@scheme, @referentialId, @body, @certificateNumber, @decisionDate, @expiryDate, @status, @isGroup,
       @groupName, @centralFunction, @otherMembers, @rules, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE certifications SET scheme = @scheme, referential_id = @referentialId, body = @body, certificate_number = @certificateNumber,
       decision_date = @decisionDate, expiry_date = @expiryDate, status = @status, is_group = @isGroup, group_name = @groupName,
       central_function = @centralFunction, other_members = @otherMembers, rules = @rules, revision = revision + 1, updated_at = @at
     WHERE id = @id`,
  );
  const storedRules = db.prepare<[number], string | null>('SELECT rules FROM certifications WHERE id = ?').pluck();
  return {
    list: (): Certification[] => selectAll.all().map(toCertification),
    /** The rules saved on the certification; null when it follows its scheme family's defaults. */
    ownRules: (id: number): SchemeRules | null => {
      const stored = storedRules.get(id) ?? null;
      return stored === null ? null : rulesOf({ rules: stored, scheme: '' });
    },
    get: (id: number): Certification | undefined => {
      const row = selectOne.get(id);
      return row && toCertification(row);
    },
    insert: (values: CertificationValues, at: string): number => Number(insert.run({ ...params(values), at }).lastInsertRowid),
    update: (id: number, values: CertificationValues, at: string): void => {
      update.run({ id, ...params(values), at });
    },
  };
};

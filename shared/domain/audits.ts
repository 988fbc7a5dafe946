import { dateInWords, type CalendarDate } from './dates';

export const auditTypes = ['interne', 'croise', 'blanc', 'etape_1', 'etape_2', 'surveillance', 'renouvellement', 'complementaire'] as const;
export type AuditType = (typeof auditTypes)[number];

/** Audits the organisation runs itself (the programme of §9.2), as opposed to the certification body's. */
export const internalAuditTypes: readonly AuditType[] = ['interne', 'croise', 'blanc'];
export const isExternalAudit = (type: AuditType): boolean => !internalAuditTypes.includes(type);

export const auditStatuses = ['planifie', 'realise', 'rapport_recu', 'clos', 'annule'] as const;
export type AuditStatus = (typeof auditStatuses)[number];

/** Statuses of an audit that took place (its report may still be awaited). */
export const heldAuditStatuses: readonly AuditStatus[] = ['realise', 'rapport_recu', 'clos'];
export const isHeldAudit = (status: AuditStatus): boolean => heldAuditStatuses.includes(status);

/** What is being recorded on an audit that says it took place. */
export type AuditRecording = 'finding' | 'conclusion';

const recordingWords: Record<AuditRecording, string> = {
  finding: 'ses constats s’enregistrent',
  conclusion: 'sa conclusion s’écrit',
};

/**
 * The status an audit takes when its findings (or its report's conclusion) are recorded: a planned
 * audit whose first day has come took place, so it becomes « Réalisé » (left « Planifié », it would
 * stay late in À faire and count as missing in the certification cycle). One whose first day is still
 * to come cannot have findings yet: refused, in French, with its date, rather than kept planned with
 * findings no one could have made. Any other status is kept.
 */
export const statusOnRecording = (
  audit: { reference: string; status: AuditStatus; startDate: CalendarDate },
  recording: AuditRecording,
  today: CalendarDate,
): { ok: true; status: AuditStatus } | { ok: false; message: string } => {
  if (audit.status !== 'planifie') return { ok: true, status: audit.status };
  if (audit.startDate <= today) return { ok: true, status: 'realise' };
  return {
    ok: false,
    message: `L’audit ${audit.reference} est prévu le ${dateInWords(audit.startDate)} : ${recordingWords[recording]} une fois qu’il a commencé. S’il a eu lieu plus tôt, corrigez d’abord sa date.`,
  };
};

export const checklistResults = ['conforme', 'constat', 'non_vu'] as const;
export type ChecklistResult = (typeof checklistResults)[number];

/** Severity of a nonconformity a finding grade raises (null: not a nonconformity). */
export const ncSeverities = ['majeure', 'mineure'] as const;
export type NcSeverity = (typeof ncSeverities)[number];

/**
 * What a grade asks of the structure: an answer by a deadline (every NC grade, and any other the
 * scale says so), to be taken into account and seen again at the next audit, or nothing (a point
 * fort, a conformity, a piste de progrès: never "levé", never "sans délai").
 */
export const gradeAnswers = ['reponse', 'prise_en_compte', 'aucune'] as const;

/** The codes of the grade scale every file ships with (a referential may define its own grades, named in its own words). */
export const shippedGradeCodes = [
  'nc_majeure',
  'nc_mineure',
  'point_sensible',
  'point_vigilance',
  'piste_progres',
  'point_fort',
  'conformite',
] as const;
export type GradeAnswer = (typeof gradeAnswers)[number];

/** AFNOR's grades, the default scale; a referential may define its own. */
export const defaultGrades = [
  { code: 'nc_majeure', label: 'NC majeure', ncSeverity: 'majeure', answer: 'reponse' },
  { code: 'nc_mineure', label: 'NC mineure', ncSeverity: 'mineure', answer: 'reponse' },
  { code: 'point_sensible', label: 'Point sensible', ncSeverity: null, answer: 'prise_en_compte' },
  { code: 'point_vigilance', label: 'Point de vigilance', ncSeverity: null, answer: 'prise_en_compte' },
  { code: 'piste_progres', label: 'Piste de progrès', ncSeverity: null, answer: 'aucune' },
  { code: 'point_fort', label: 'Point fort', ncSeverity: null, answer: 'aucune' },
  { code: 'conformite', label: 'Constat de conformité', ncSeverity: null, answer: 'aucune' },
] as const satisfies readonly { code: string; label: string; ncSeverity: NcSeverity | null; answer: GradeAnswer }[];

/** A grade that opens a nonconformity always calls for an answer. */
export const answerOf = (grade: { ncSeverity: NcSeverity | null; answer: GradeAnswer }): GradeAnswer =>
  grade.ncSeverity !== null ? 'reponse' : grade.answer;

export const findingStatuses = ['a_traiter', 'repondu', 'leve', 'sans_suite'] as const;
export type FindingStatus = (typeof findingStatuses)[number];

/** Statuses a finding may take for its grade: one that calls for no answer is only ever "sans suite". */
export const findingStatusesFor = (answer: GradeAnswer): readonly FindingStatus[] =>
  answer === 'aucune' ? ['sans_suite'] : findingStatuses;

/** A finding still waiting for the structure or the body: its deadlines matter. */
export const isFindingOpen = (status: FindingStatus): boolean => status === 'a_traiter' || status === 'repondu';

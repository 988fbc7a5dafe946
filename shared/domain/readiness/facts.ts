import type { CalendarDate } from '../dates';
import type { FreeTextInput } from '../management-review';
import type { RiskKind, RiskScale, RiskTreatment } from '../risks';

/**
 * What « Prêt pour l'audit ? » reads of the file, as of one day (`asOf`: the audit's first day or
 * the day chosen). Every list is small rows read in a few set-based queries
 * (electron/backend/readiness/facts.ts); each rule decides from them alone.
 */
export type ReadinessFacts = {
  asOf: CalendarDate;
  /** The certification cycle the audit belongs to (its decision to its expiry, else the three years up to `asOf`). */
  cycle: { start: CalendarDate; end: CalendarDate };
  /** The certification's referential and its base: what findings are grouped by. */
  requirements: readonly ReadinessRequirement[];
  /** Documents in force whose review falls due by `asOf`, and documents linked to a requirement. */
  documents: readonly {
    id: number;
    reference: string;
    title: string;
    status: 'brouillon' | 'en_vigueur' | 'obsolete';
    nextReviewDue: CalendarDate | null;
    /** Requirements it is linked to as evidence. */
    linkedRequirements: number;
  }[];
  /** Versions in force that took effect in the twelve months up to `asOf`, and how many active people had not read them by then. */
  versionsInForce: readonly {
    documentId: number;
    reference: string;
    title: string;
    indice: string;
    effectiveDate: CalendarDate;
    unread: number;
  }[];
  processes: readonly { id: number; name: string; pilotId: number | null }[];
  /** Internal audits (internal, peer, mock) not cancelled, starting within the cycle. */
  internalAudits: readonly {
    id: number;
    reference: string;
    startDate: CalendarDate;
    auditors: readonly { id: number; name: string }[];
    processIds: readonly number[];
    /** Requirements its scope, a checklist line or a finding names. */
    requirementIds: readonly number[];
  }[];
  /** The certification body's last audit held before `asOf`, with its findings as they stand. */
  lastBodyAudit: { id: number; reference: string; startDate: CalendarDate } | null;
  bodyFindings: readonly {
    id: number;
    description: string;
    gradeLabel: string;
    ncSeverity: 'majeure' | 'mineure' | null;
    /** Whether the grade asks for an answer. */
    answerExpected: boolean;
    status: 'a_traiter' | 'repondu' | 'leve' | 'sans_suite';
    requirementNumber: string | null;
    actionsLate: number;
    actionsOpen: number;
    actionsDone: number;
    /** Its nonconformity has an effectiveness check judged "efficace" by `asOf`. */
    effective: boolean;
  }[];
  nonconformities: readonly {
    id: number;
    reference: string;
    description: string;
    severity: 'majeure' | 'mineure' | 'observation';
    closedOn: CalendarDate | null;
    analysed: boolean;
    verdict: 'efficace' | 'non_efficace' | null;
    /** The latest due date of its open actions (its deadline), null without any. */
    openActionsDue: CalendarDate | null;
    requirementNumber: string | null;
  }[];
  /** Actions to do or under way, neither an NC's nor a finding's (those are told with their NC or finding). */
  openActions: readonly { id: number; reference: string; description: string; dueDate: CalendarDate; ownerName: string | null }[];
  /** Management reviews held, latest first. */
  reviews: readonly {
    id: number;
    heldOn: CalendarDate;
    /** The §9.3.2 inputs whose comment was left empty. */
    emptyTexts: readonly FreeTextInput[];
    /** The §9.3.2 inputs its frozen inputs, read from the file, gave the meeting something on. */
    readFromFile: readonly FreeTextInput[];
  }[];
  objectives: readonly { id: number; title: string; measuredInTwelveMonths: boolean }[];
  /** Active indicators followed by `asOf`. */
  indicators: readonly {
    id: number;
    name: string;
    nextMeasurementDue: CalendarDate;
    direction: 'hausse' | 'baisse';
    target: number | null;
    alertThreshold: number | null;
    /** Its latest measurement by `asOf`. */
    latest: { periodStart: CalendarDate; value: number } | null;
    /** A nonconformity or an action was opened on its process since that measurement's period began. */
    actedOn: boolean;
  }[];
  complaints: readonly {
    id: number;
    reference: string;
    subject: string;
    receivedOn: CalendarDate;
    responseDue: CalendarDate;
    respondedOn: CalendarDate | null;
    analysedOn: CalendarDate | null;
  }[];
  /** Trainings that carry an expiry, the latest of each person and competence, people still active. */
  expiringTrainings: readonly { id: number; title: string; personName: string; expiresOn: CalendarDate }[];
  providers: readonly { id: number; name: string; nextEvaluationDue: CalendarDate }[];
  /** Opening days of satisfaction surveys, latest first. */
  surveysOpenedOn: readonly CalendarDate[];
  /** The structure's risk scale: a score from `mediumFrom` is above what it accepts without a treatment. */
  riskScale: Pick<RiskScale, 'mediumFrom' | 'highFrom'>;
  /** Risks and opportunities in the register on `asOf`, with the evaluation standing then and the treatment decided by then. */
  risks: readonly {
    id: number;
    reference: string;
    kind: RiskKind;
    title: string;
    /** Likelihood × impact of the latest evaluation made by `asOf`. */
    score: number;
    treatment: RiskTreatment | null;
    /** Its actions opened by `asOf` and not abandoned by then. */
    liveActions: number;
    reevaluationDue: CalendarDate | null;
  }[];
  /** The certification checked follows Qualiopi's rules (its scheme), whose indicator 23 asks for a regulatory watch. */
  qualiopi: boolean;
  /** The latest regulatory watch item noticed by `asOf` (null: none), and the regulatory sources followed then. */
  regulatoryWatch: { lastNoticedOn: CalendarDate | null; sources: number };
  /** The file's latest backup (null: none) seen today; absent when unknown (a past date, a read-only view, the PDF's worker). */
  backup?: { today: CalendarDate; lastOn: CalendarDate | null };
};

export type ReadinessRequirement = {
  id: number;
  number: string;
  titleFr: string;
  parentId: number | null;
  applicable: boolean;
  majorOnly: boolean;
  /** The standard asks documented information to maintain (`tenir_a_jour`). */
  keepsDocument: boolean;
  /** A document in force is linked to it. */
  documentInForce: boolean;
  /** Anything answers it: a link of any kind, an audit's scope or checklist, a finding or an NC. */
  evidenced: boolean;
};

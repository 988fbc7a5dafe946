import { isActionFinished, type ActionStatus } from './actions';
import { dateInWords as inWords, outOfOrder, type CalendarDate } from './dates';

export const nonconformitySources = ['audit', 'reclamation', 'indicateur', 'quotidien', 'prestataire', 'autre'] as const;
export type NonconformitySource = (typeof nonconformitySources)[number];
/** Sources a user picks when opening a nonconformity by hand; audit findings and réclamations open their own. */
export const manualNonconformitySources = ['indicateur', 'quotidien', 'prestataire', 'autre'] as const;

/**
 * Severities a nonconformity is recorded with. "observation" stays readable in files written before
 * schema 12, but an observation is not a nonconformity: no new one is recorded so.
 */
export const nonconformitySeverities = ['majeure', 'mineure', 'observation'] as const;
export type NonconformitySeverity = (typeof nonconformitySeverities)[number];
export const recordableSeverities = ['majeure', 'mineure'] as const;
export const SEVERITY_CHOICE = 'Choisissez la gravité : majeure ou mineure (une observation n’est pas une non-conformité).';

export const nonconformityStatuses = ['a_traiter', 'en_analyse', 'actions_en_cours', 'verification', 'close'] as const;
export type NonconformityStatus = (typeof nonconformityStatuses)[number];

export const analysisMethods = ['cinq_pourquoi', 'ishikawa', 'texte'] as const;
export type AnalysisMethod = (typeof analysisMethods)[number];

/** The 5M of the Ishikawa diagram: main d'œuvre, méthodes, matériel, milieu, matière. */
export const ishikawaBranches = ['main_oeuvre', 'methodes', 'materiel', 'milieu', 'matiere'] as const;
export type IshikawaBranch = (typeof ishikawaBranches)[number];

export const effectivenessVerdicts = ['efficace', 'non_efficace'] as const;
export type EffectivenessVerdict = (typeof effectivenessVerdicts)[number];

/**
 * The life of a nonconformity (PDCA's "Act"): treated → analysed → actions under way (with the
 * effectiveness check planned) → verification once they are done → closed. A "non efficace"
 * verdict sends it back to analysis; a new or reopened action during verification, back to actions.
 */
export const nonconformityTransitions = {
  startAnalysis: { from: ['a_traiter'], to: 'en_analyse' },
  planCheck: { from: ['en_analyse'], to: 'actions_en_cours' },
  completeActions: { from: ['actions_en_cours'], to: 'verification' },
  reopenActions: { from: ['verification'], to: 'actions_en_cours' },
  judgeIneffective: { from: ['verification'], to: 'en_analyse' },
  close: { from: ['verification'], to: 'close' },
} as const satisfies Record<string, { from: readonly NonconformityStatus[]; to: NonconformityStatus }>;
export type NonconformityTransition = keyof typeof nonconformityTransitions;

/** Whether `transition` may be applied to a nonconformity in `status`. */
export const canApplyToNonconformity = (transition: NonconformityTransition, status: NonconformityStatus): boolean =>
  (nonconformityTransitions[transition].from as readonly NonconformityStatus[]).includes(status);

/** A closed nonconformity is a record: nothing of it changes any more. */
export const isNonconformityOpen = (status: NonconformityStatus): boolean => status !== 'close';

/** The actions answering the planned check are ready for it: none left to do, and at least one réalisée. */
export const roundIsDone = (actions: readonly { status: ActionStatus }[]): boolean =>
  actions.every((action) => isActionFinished(action.status)) && actions.some((action) => action.status === 'realisee');

/** The transition an action change causes (added, completed, reopened), or null when the status stays. */
export const transitionAfterActions = (
  status: NonconformityStatus,
  roundActions: readonly { status: ActionStatus }[],
): NonconformityTransition | null => {
  if (status === 'actions_en_cours' && roundIsDone(roundActions)) return 'completeActions';
  if (status === 'verification' && !roundIsDone(roundActions)) return 'reopenActions';
  return null;
};

export const actionStatusWords: Record<ActionStatus, string> = {
  a_faire: 'à faire',
  en_cours: 'en cours',
  realisee: 'réalisée',
  abandonnee: 'abandonnée',
};

/** The three conditions of the closure gate. */
export const closureConditions = ['cause', 'actions', 'effectiveness'] as const;
export type ClosureCondition = (typeof closureConditions)[number];
export type MissingCondition = { condition: ClosureCondition; message: string };

export type ClosureFacts = {
  /** A plain-text analysis, or at least one retained root cause of a structured one. */
  causeRecorded: boolean;
  actions: readonly { reference: string; status: ActionStatus; abandonReason: string | null }[];
  /** The check waiting for its verdict, if any. */
  openCheck: { plannedOn: CalendarDate } | null;
  /** The verdict of the latest check judged. */
  lastVerdict: EffectivenessVerdict | null;
};

const listed = (references: string[]): string =>
  references.length === 1 ? (references[0] ?? '') : `${references.slice(0, -1).join(', ')} et ${references[references.length - 1]}`;

/**
 * What still stands between a nonconformity and its closure, each in French and saying what to do;
 * empty when it may close. ISO 9001 §10.2: a cause, every action finished, and proof it worked.
 */
export const closureGate = (facts: ClosureFacts): MissingCondition[] => {
  const missing: MissingCondition[] = [];
  if (!facts.causeRecorded) {
    missing.push({
      condition: 'cause',
      message: 'Aucune cause n’est retenue : faites l’analyse des causes et marquez la ou les causes racines retenues.',
    });
  }
  const unfinished = facts.actions.filter((action) => !isActionFinished(action.status));
  const unexplained = facts.actions.filter((action) => action.status === 'abandonnee' && !action.abandonReason?.trim());
  if (facts.actions.length === 0) {
    missing.push({ condition: 'actions', message: 'Aucune action n’est enregistrée : ajoutez au moins une action corrective.' });
  } else if (unfinished.length > 0 || unexplained.length > 0) {
    const parts = [
      ...(unfinished.length > 0
        ? [
            `${unfinished.length === 1 ? 'l’action' : 'les actions'} ${listed(unfinished.map((a) => `${a.reference} (${actionStatusWords[a.status]})`))} ${unfinished.length === 1 ? 'doit être réalisée ou abandonnée' : 'doivent être réalisées ou abandonnées'} avec un motif`,
          ]
        : []),
      ...(unexplained.length > 0 ? [`le motif d’abandon manque pour ${listed(unexplained.map((a) => a.reference))}`] : []),
    ];
    const sentence = parts.join(' ; ');
    missing.push({ condition: 'actions', message: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.` });
  }
  if (facts.openCheck) {
    missing.push({
      condition: 'effectiveness',
      message: `La vérification de l’efficacité prévue le ${inWords(facts.openCheck.plannedOn)} n’a pas encore conclu « efficace ».`,
    });
  } else if (facts.lastVerdict === 'non_efficace') {
    missing.push({
      condition: 'effectiveness',
      message:
        'La dernière vérification a conclu « non efficace » : reprenez l’analyse, ajoutez des actions et planifiez une nouvelle vérification.',
    });
  } else if (facts.lastVerdict === null) {
    missing.push({
      condition: 'effectiveness',
      message: 'L’efficacité n’a pas été vérifiée : planifiez la vérification (date et critère) avec les actions, puis rendez le verdict.',
    });
  }
  return missing;
};

export type RoundAction = { reference: string; status: ActionStatus; dueDate: CalendarDate };

/** What is missing to plan the effectiveness check: a cause, and an action still standing to be judged. */
export const planGate = (facts: { causeRecorded: boolean; roundActions: readonly RoundAction[] }): MissingCondition[] => {
  const missing: MissingCondition[] = [];
  if (!facts.causeRecorded) {
    missing.push({
      condition: 'cause',
      message: 'Aucune cause n’est retenue : marquez la ou les causes racines retenues avant de planifier les actions.',
    });
  }
  if (!facts.roundActions.some((action) => action.status !== 'abandonnee')) {
    missing.push({
      condition: 'actions',
      message: 'Aucune action nouvelle n’attend la vérification : ajoutez au moins une action, avec son responsable et son échéance.',
    });
  }
  return missing;
};

/**
 * The day an action stops holding the effectiveness check back: the day it was done, else its due
 * date. An action done early lets the check come early, without rewriting its planned due date.
 */
export const actionReadyOn = (action: RoundAction & { doneOn?: CalendarDate | null }): CalendarDate =>
  action.status === 'realisee' && action.doneOn ? action.doneOn : action.dueDate;

/** The live action ready last, when that falls after the planned check date (the check must come after the actions). */
export const actionDueAfterCheck = <A extends RoundAction & { doneOn?: CalendarDate | null }>(
  plannedOn: CalendarDate,
  roundActions: readonly A[],
): A | null =>
  roundActions
    .filter((action) => action.status !== 'abandonnee' && actionReadyOn(action) > plannedOn)
    .reduce<A | null>((latest, action) => (latest === null || actionReadyOn(action) > actionReadyOn(latest) ? action : latest), null);

/** French messages for the date rules that tie actions, detection and the check together. */
export const dateRuleMessages = {
  dueAfterCheck: (plannedOn: CalendarDate) =>
    `L’échéance ne peut pas dépasser la vérification de l’efficacité prévue le ${inWords(plannedOn)} : reportez d’abord la vérification.`,
  checkBeforeDue: (action: RoundAction & { doneOn?: CalendarDate | null }) =>
    action.status === 'realisee' && action.doneOn
      ? `La vérification de l’efficacité ne peut pas précéder la réalisation des actions (${action.reference} : réalisée le ${inWords(action.doneOn)}).`
      : `La vérification de l’efficacité ne peut pas précéder l’échéance des actions (${action.reference} : le ${inWords(action.dueDate)}).`,
  beforeDetection: (what: string, date: CalendarDate, detectedOn: CalendarDate) =>
    outOfOrder(what, date, 'la détection de la non-conformité', detectedOn),
  inFuture: (what: string) => `${what} ne peut pas être dans le futur.`,
  beforePlanned: (plannedOn: CalendarDate) =>
    `La vérification est prévue le ${inWords(plannedOn)} : le verdict se rend à partir de cette date (ou avancez la vérification).`,
};

type AnalysisFacts = { method: AnalysisMethod; text: string | null; causes: readonly { retained: boolean }[] } | null;
type CheckFacts = { id: number; plannedOn: CalendarDate; verdict: EffectivenessVerdict | null };
type ActionFacts = RoundAction & { abandonReason: string | null; checkId: number | null };

/** A cause is recorded: a plain-text analysis, or a structured one with at least one retained root cause. */
export const isCauseRecorded = (analysis: AnalysisFacts): boolean =>
  analysis !== null && (analysis.method === 'texte' ? Boolean(analysis.text?.trim()) : analysis.causes.some((cause) => cause.retained));

/** The check waiting for its verdict, if any (at most one). */
export const openCheckOf = <C extends CheckFacts>(checks: readonly C[]): C | null => checks.find((check) => check.verdict === null) ?? null;

/** The actions the next verdict will judge: those of the open check, and those added since the last verdict. */
export const roundActionsOf = <A extends ActionFacts>(nc: { actions: readonly A[]; checks: readonly CheckFacts[] }): A[] => {
  const open = openCheckOf(nc.checks);
  return nc.actions.filter((action) => action.checkId === null || action.checkId === open?.id);
};

/** The closure gate's facts, from a nonconformity as read. */
export const closureFactsOf = (nc: {
  analysis: AnalysisFacts;
  actions: readonly ActionFacts[];
  checks: readonly CheckFacts[];
}): ClosureFacts => {
  const judged = nc.checks.filter((check) => check.verdict !== null);
  const open = openCheckOf(nc.checks);
  return {
    causeRecorded: isCauseRecorded(nc.analysis),
    actions: nc.actions,
    openCheck: open && { plannedOn: open.plannedOn },
    lastVerdict: judged[judged.length - 1]?.verdict ?? null,
  };
};

/**
 * The evidence pack ("dossier de preuves") as the UI and the backend both see it: its sections,
 * the scope it covers, and the state of a generation job. Pure data and rules.
 */

/**
 * Sections of a pack, in the order an auditor reads: the optional état de préparation (what the
 * structure expects to be found, for its own eyes first), where the structure stands and what changed,
 * the follow-up of the certification body's last audit, the context, this period's performance,
 * the internal audits and the review, the improvement loop, document control, then the annexes.
 * A later domain adds its id here and its module to `electron/backend/pack/sections/registry.ts`.
 */
export const packSectionIds = [
  'readiness',
  'summary',
  'followUp',
  'context',
  'performance',
  'audits',
  'managementReview',
  'nonconformities',
  'complaints',
  'surveys',
  'suggestions',
  'competences',
  'providers',
  'documents',
  'reviews',
  'coverage',
  'evidence',
] as const;
export type PackSectionId = (typeof packSectionIds)[number];

/** French titles, as the pack's table of contents and outline show them. */
export const packSectionTitles: Record<PackSectionId, string> = {
  readiness: 'État de préparation de l’audit',
  summary: 'Synthèse et évolutions depuis le dernier audit',
  followUp: 'Suivi du dernier audit de l’organisme certificateur',
  context: 'Contexte, politique, processus, risques et veille',
  performance: 'Objectifs et indicateurs de la période en cours',
  audits: 'Programme et rapports d’audits internes',
  managementReview: 'Revue de direction (§ 9.3)',
  nonconformities: 'Non-conformités et actions',
  complaints: 'Réclamations et satisfaction',
  suggestions: 'Fiches d’amélioration',
  documents: 'Maîtrise documentaire : documents en vigueur',
  reviews: 'Maîtrise documentaire : revues et émargements',
  coverage: 'Annexe A — Couverture du référentiel',
  evidence: 'Annexe B — Fichiers de preuve joints',
  competences: 'Compétences et formations (§ 7.2)',
  providers: 'Prestataires externes et partenaires (§ 8.4)',
  surveys: 'Enquêtes de satisfaction (§ 9.1.2)',
};

/** What the pack covers: the whole system, some processes, or some requirements of a referential. */
export type PackScope = { kind: 'all' } | { kind: 'processes'; processIds: number[] } | { kind: 'requirements'; requirementIds: number[] };

export const packJobStates = ['running', 'done', 'failed', 'cancelled'] as const;
export type PackJobState = (typeof packJobStates)[number];

/** Largest number of records a scope may name (a pack covers a system, not a database dump). */
export const MAX_SCOPE_ITEMS = 2000;

/**
 * A name typed by the user, as part of a file name: a folder separator would make the name a path
 * ("Ain/Rhône" would leave "Rhône – ….pdf" once cleaned), so it becomes a hyphen.
 */
const namePart = (text: string): string => text.replace(/[/\\]+/g, '-');

/** "Dossier de preuves – Association Exemple – 2026-11-26.pdf", safe on every system once cleaned. */
export const packFileName = (organisation: string | null, date: string): string =>
  `Dossier de preuves – ${organisation === null ? 'Sève' : namePart(organisation)} – ${date}.pdf`;

/** "Plan d’actions – AUD-2026-01.pdf": the answer to an audit's findings, sent to the certification body. */
export const auditActionPlanFileName = (auditReference: string): string => `Plan d’actions – ${namePart(auditReference)}.pdf`;

/** "Prêt pour l’audit – 2027-02-10.pdf": the findings to expect at the audit of that day, the quality lead's to-do. */
export const readinessFileName = (asOf: string): string => `Prêt pour l’audit – ${asOf}.pdf`;

/** "Revue de direction – 2027-02-10.pdf". */
export const reviewMinutesFileName = (heldOn: string): string => `Revue de direction – ${heldOn}.pdf`;

/** "Émargement – PR-001 – indice 3.pdf". */
export const readSheetFileName = (reference: string, indice: string): string =>
  `Émargement – ${namePart(reference)} – indice ${namePart(indice)}.pdf`;

/** "Rapport d’audit – AUD-2026-01.pdf"; a certification body's audit: "Constats et réponses – AUD-2027-01.pdf" (the report is the body's). */
export const auditReportFileName = (reference: string, external = false): string =>
  `${external ? 'Constats et réponses' : 'Rapport d’audit'} – ${namePart(reference)}.pdf`;

/** Who may not answer in a pack: a value not recorded yet, printed as such rather than left blank. */
export const NOT_RECORDED = 'non renseigné';

/** A fiche d'amélioration notes an idea or a problem. */
export const suggestionKinds = ['idee', 'probleme'] as const;
export type SuggestionKind = (typeof suggestionKinds)[number];

/** Waiting for triage, or triaged into a nonconformity, an action, or not kept (with the reason). */
export const suggestionStatuses = ['a_trier', 'nc', 'action', 'non_retenue'] as const;
export type SuggestionStatus = (typeof suggestionStatuses)[number];

export const suggestionDecisions = ['nc', 'action', 'non_retenue'] as const;
export type SuggestionDecision = (typeof suggestionDecisions)[number];

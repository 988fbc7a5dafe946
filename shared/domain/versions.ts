/** The life of one version of a document: written, submitted, approved into force, then obsolete. */
export const versionStatuses = ['brouillon', 'soumis', 'en_vigueur', 'obsolete'] as const;
export type VersionStatus = (typeof versionStatuses)[number];

/** Why a version left force (or a draft was dropped): replaced by a newer one, or withdrawn. */
export const obsoleteReasons = ['remplacee', 'retiree'] as const;
export type ObsoleteReason = (typeof obsoleteReasons)[number];

export const versionTransitions = {
  submit: { from: 'brouillon', to: 'soumis' },
  returnToDraft: { from: 'soumis', to: 'brouillon' },
  approve: { from: 'soumis', to: 'en_vigueur' },
  withdraw: { from: 'en_vigueur', to: 'obsolete' },
  abandon: { from: 'brouillon', to: 'obsolete' },
} as const satisfies Record<string, { from: VersionStatus; to: VersionStatus }>;
export type VersionTransition = keyof typeof versionTransitions;

/** Whether `transition` may be applied to a version in `status`. */
export const canApply = (transition: VersionTransition, status: VersionStatus): boolean => versionTransitions[transition].from === status;

/** How a file numbers its versions: 1, 2, 3… or A, B, C… */
export const indiceSchemes = ['numeric', 'alpha'] as const;
export type IndiceScheme = (typeof indiceSchemes)[number];

/** The indice of the `sequence`-th version: 27 → "27" or "AA" (spreadsheet-style letters). */
export const indiceLabel = (sequence: number, scheme: IndiceScheme): string => {
  if (scheme === 'numeric') return String(sequence);
  let label = '';
  for (let rest = sequence; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    label = String.fromCharCode(65 + ((rest - 1) % 26)) + label;
  }
  return label;
};

/** A document is in force while one version is; obsolete when every version is; a draft otherwise. */
export const documentStatusFrom = (statuses: readonly VersionStatus[]): 'brouillon' | 'en_vigueur' | 'obsolete' => {
  if (statuses.includes('en_vigueur')) return 'en_vigueur';
  if (statuses.length > 0 && statuses.every((status) => status === 'obsolete')) return 'obsolete';
  return 'brouillon';
};

/** Outcome of a periodic review: kept as is (the cycle restarts) or to be revised (a draft opens). */
export const reviewOutcomes = ['reconduit', 'a_reviser'] as const;
export type ReviewOutcome = (typeof reviewOutcomes)[number];

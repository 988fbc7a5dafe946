/** Kinds of documented information, in the order the UI lists them. */
export const documentTypes = ['politique', 'manuel', 'procedure', 'mode_operatoire', 'formulaire', 'enregistrement', 'autre'] as const;
export type DocumentType = (typeof documentTypes)[number];

export const documentStatuses = ['brouillon', 'en_vigueur', 'obsolete'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

/** Reference prefix per document type: `PR-001` for the first procédure. */
export const referencePrefix: Record<DocumentType, string> = {
  politique: 'POL',
  manuel: 'MQ',
  procedure: 'PR',
  mode_operatoire: 'MO',
  formulaire: 'FO',
  enregistrement: 'ENR',
  autre: 'DOC',
};

/** Builds a reference from its prefix and sequence number, padded to three digits. */
export const formatReference = (type: DocumentType, sequence: number): string =>
  `${referencePrefix[type]}-${String(sequence).padStart(3, '0')}`;

/** Review periods the form offers; any whole number of months from 1 to 120 is accepted. */
export const REVIEW_PERIOD_MIN = 1;
export const REVIEW_PERIOD_MAX = 120;
export const DEFAULT_REVIEW_PERIOD_MONTHS = 24;

/** Process families of an SIAE's process map. */
export const processKinds = ['pilotage', 'realisation', 'support'] as const;
export type ProcessKind = (typeof processKinds)[number];

/**
 * « Premiers pas »: what a new quality system needs first, in the order a quality lead would do
 * it. Each step is ticked from what the file holds, never from a box the user ticks.
 */
export const firstStepIds = ['structure', 'people', 'processes', 'documents', 'certification', 'requirements'] as const;
export type FirstStepId = (typeof firstStepIds)[number];

/** What the file holds, counted. */
export type FirstStepCounts = {
  organisationNamed: boolean;
  activePeople: number;
  processes: number;
  documents: number;
  certifications: number;
  requirementLinks: number;
};

/** The directory is started once it names more than the person using Sève (the direction, a pilot…). */
const PEOPLE_FOR_A_START = 2;

export const firstStepsDone = (counts: FirstStepCounts): Record<FirstStepId, boolean> => ({
  structure: counts.organisationNamed,
  people: counts.activePeople >= PEOPLE_FOR_A_START,
  processes: counts.processes > 0,
  documents: counts.documents > 0,
  certification: counts.certifications > 0,
  requirements: counts.requirementLinks > 0,
});

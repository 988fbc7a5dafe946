import { addMonths, addWeeks } from 'date-fns';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './dates';

/**
 * The regulatory and sector watch (Qualiopi indicators 23 to 25; ISO 9001 §4.1 and §4.2): sources
 * followed at a chosen pace, items noticed, their impact analysed, a decision, who was told.
 */
export const watchDomains = ['reglementaire', 'sectorielle', 'emplois_competences', 'innovations'] as const;
export type WatchDomain = (typeof watchDomains)[number];

export const watchFrequencies = ['hebdomadaire', 'mensuelle', 'trimestrielle', 'semestrielle', 'annuelle'] as const;
export type WatchFrequency = (typeof watchFrequencies)[number];

/** The day a source is next due to be consulted: a pace after the last consultation, or after it was first followed. */
export const nextConsultationDue = (
  source: { followedSince: CalendarDate; lastConsultedOn: CalendarDate | null },
  frequency: WatchFrequency,
): CalendarDate => {
  const from = fromCalendarDate(source.lastConsultedOn ?? source.followedSince);
  switch (frequency) {
    case 'hebdomadaire':
      return toCalendarDate(addWeeks(from, 1));
    case 'mensuelle':
      return toCalendarDate(addMonths(from, 1));
    case 'trimestrielle':
      return toCalendarDate(addMonths(from, 3));
    case 'semestrielle':
      return toCalendarDate(addMonths(from, 6));
    case 'annuelle':
      return toCalendarDate(addMonths(from, 12));
  }
};

/** How much an item weighs on the structure, once analysed. */
export const watchImpacts = ['aucun', 'faible', 'important'] as const;
export type WatchImpact = (typeof watchImpacts)[number];

/** What was decided: nothing to do, informing the people concerned, or actions of the plan. */
export const watchDecisions = ['sans_suite', 'information', 'action'] as const;
export type WatchDecision = (typeof watchDecisions)[number];

/** Where an item stands: to analyse, decided (actions running or not), done with. */
export const watchItemStates = ['a_analyser', 'actions_en_cours', 'traite'] as const;
export type WatchItemState = (typeof watchItemStates)[number];

export const watchItemState = (decision: WatchDecision | null, actions: readonly { status: string }[]): WatchItemState => {
  if (decision === null) return 'a_analyser';
  if (decision === 'action' && actions.some((action) => action.status === 'a_faire' || action.status === 'en_cours')) {
    return 'actions_en_cours';
  }
  return 'traite';
};

/** Only web addresses a browser opens safely: http and https. */
export const isWebAddress = (value: string): boolean => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value);

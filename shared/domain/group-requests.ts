import { dateInWords, type CalendarDate } from './dates';

/**
 * Requests from the group to its members (« à étendre », § 10.2.1 c) and the answers that come back
 * in the members' snapshots. The request travels by the quality leads' usual means (phone,
 * e-mail); its code is what ties the member's answer to the group's extension.
 */

/** An extension's code, stable for the life of the group file: « EXT-12 » for extension 12. */
export const extensionCode = (extensionId: number): string => `EXT-${extensionId}`;

/** A code as typed from a message (« ext 12 », « EXT-12 ») in its stored form. */
export const normalisedRequestCode = (typed: string): string =>
  typed
    .trim()
    .toUpperCase()
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, '-');

/** The extension id a code names, or null when it is not a code the group gives. */
export const extensionIdOfCode = (code: string): number | null => {
  const match = /^EXT-?(\d{1,9})$/.exec(normalisedRequestCode(code));
  return match ? Number(match[1]) : null;
};

/** NC references compared as a person would read them: spaces around and case aside. */
export const sameNcReference = (a: string, b: string): boolean =>
  a.trim().toLocaleUpperCase('fr-FR') === b.trim().toLocaleUpperCase('fr-FR');

/**
 * Whether an answer received in a snapshot replaces the one the group holds: the latest answered_on
 * wins; on the same day the member's own answer (from its snapshot) wins over one the group typed,
 * and a later snapshot over an earlier one.
 */
export const receivedAnswerWins = (held: { answeredOn: CalendarDate } | null, receivedOn: CalendarDate): boolean =>
  held === null || receivedOn >= held.answeredOn;

/** Why an answer carried by a snapshot was not recorded for an extension. */
export const unmatchedAnswerReasons = [
  'code_inconnu',
  'reference_differente',
  'membre_origine',
  'avant_decision',
  'reponse_plus_recente',
] as const;
export type UnmatchedAnswerReason = (typeof unmatchedAnswerReasons)[number];

/** The text « Copier la demande » puts on the clipboard: what the member's quality lead needs to answer. */
export const extensionRequestText = (request: {
  groupName: string | null;
  code: string;
  memberName: string;
  ncReference: string;
  ncDescription: string;
  decidedOn: CalendarDate;
}): string =>
  [
    `Demande du groupe${request.groupName ? ` « ${request.groupName} »` : ''} — code ${request.code}`,
    '',
    `Une non-conformité a été relevée chez « ${request.memberName} » : ${request.ncReference}.`,
    request.ncDescription,
    '',
    `Le groupe a décidé le ${dateInWords(request.decidedOn)} de l’étendre aux autres membres (ISO 9001 § 10.2.1 c).`,
    'Vérifiez si votre structure est concernée par une non-conformité semblable, puis dans Sève, écran « Groupe » › « Demandes du groupe » :',
    `1. enregistrez la demande avec le code ${request.code} et la référence ${request.ncReference} ;`,
    '2. répondez « concerné » en choisissant l’action de votre plan d’actions qui la traite, ou « non concerné » ;',
    '3. faites « Envoyer au groupe » : votre réponse arrivera avec votre prochain envoi.',
  ].join('\n');

/** Where the group's copy of an answer came from, in French: typed by the group, or read in a member's snapshot. */
export const answerSourceInWords = (receivedIn: { createdOn: CalendarDate } | null): string =>
  receivedIn === null ? 'saisie par le groupe' : `reçue dans l’envoi du ${dateInWords(receivedIn.createdOn)}`;

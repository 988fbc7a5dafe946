import type { auditStatuses, auditTypes, checklistResults, findingStatuses, gradeAnswers, shippedGradeCodes } from '../domain/audits';
import type { Labels } from './types';

// Audits, checklists and findings: the words the screens (through i18n) and the PDFs print for stored codes.

export const auditTypeLabels: Labels<(typeof auditTypes)[number]> = {
  fr: {
    interne: 'Audit interne',
    croise: 'Audit croisé',
    blanc: 'Audit blanc',
    etape_1: 'Étape 1',
    etape_2: 'Étape 2',
    surveillance: 'Surveillance',
    renouvellement: 'Renouvellement',
    complementaire: 'Complémentaire',
  },
  en: {
    interne: 'Internal audit',
    croise: 'Cross audit',
    blanc: 'Mock audit',
    etape_1: 'Stage 1',
    etape_2: 'Stage 2',
    surveillance: 'Surveillance',
    renouvellement: 'Renewal',
    complementaire: 'Follow-up',
  },
};

/** An audit's type as a phrase of its own, for the PDFs' sentences and titles ("Audit de surveillance"). */
export const auditTypeFullLabels: Labels<(typeof auditTypes)[number]> = {
  fr: {
    interne: 'Audit interne',
    croise: 'Audit croisé',
    blanc: 'Audit blanc',
    etape_1: 'Audit initial, étape 1',
    etape_2: 'Audit initial, étape 2',
    surveillance: 'Audit de surveillance',
    renouvellement: 'Audit de renouvellement',
    complementaire: 'Audit complémentaire',
  },
  en: {
    interne: 'Internal audit',
    croise: 'Cross audit',
    blanc: 'Mock audit',
    etape_1: 'Initial audit, stage 1',
    etape_2: 'Initial audit, stage 2',
    surveillance: 'Surveillance audit',
    renouvellement: 'Recertification audit',
    complementaire: 'Complementary audit',
  },
};

export const auditStatusLabels: Labels<(typeof auditStatuses)[number]> = {
  fr: { planifie: 'Planifié', realise: 'Réalisé', rapport_recu: 'Rapport reçu', clos: 'Clos', annule: 'Annulé' },
  en: { planifie: 'Planned', realise: 'Held', rapport_recu: 'Report received', clos: 'Closed', annule: 'Cancelled' },
};

export const checklistResultLabels: Labels<(typeof checklistResults)[number]> = {
  fr: { conforme: 'Conforme', constat: 'Constat', non_vu: 'Non vu' },
  en: { conforme: 'Conforming', constat: 'Finding', non_vu: 'Not seen' },
};

export const findingStatusLabels: Labels<(typeof findingStatuses)[number]> = {
  fr: { a_traiter: 'À traiter', repondu: 'Répondu', leve: 'Levé', sans_suite: 'Sans suite' },
  en: { a_traiter: 'To treat', repondu: 'Answered', leve: 'Lifted', sans_suite: 'No further action' },
};

export const gradeAnswerLabels: Labels<(typeof gradeAnswers)[number]> = {
  fr: {
    reponse: 'Réponse avec un délai',
    prise_en_compte: 'À prendre en compte, revue à l’audit suivant',
    aucune: 'Aucune (point fort, conformité, piste de progrès)',
  },
  en: {
    reponse: 'An answer by a deadline',
    prise_en_compte: 'To take into account, seen at the next audit',
    aucune: 'None (strength, conformity, improvement opportunity)',
  },
};

/** The shipped grades' names (stored in French with each file; the English interface reads these). */
export const shippedGradeLabels: Labels<(typeof shippedGradeCodes)[number]> = {
  fr: {
    nc_majeure: 'NC majeure',
    nc_mineure: 'NC mineure',
    point_sensible: 'Point sensible',
    point_vigilance: 'Point de vigilance',
    piste_progres: 'Piste de progrès',
    point_fort: 'Point fort',
    conformite: 'Constat de conformité',
  },
  en: {
    nc_majeure: 'Major NC',
    nc_mineure: 'Minor NC',
    point_sensible: 'Sensitive point',
    point_vigilance: 'Point of vigilance',
    piste_progres: 'Opportunity for improvement',
    point_fort: 'Strength',
    conformite: 'Conformity finding',
  },
};

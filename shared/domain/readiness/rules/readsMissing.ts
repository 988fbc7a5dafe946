import { addDays } from 'date-fns';
import { fromCalendarDate, toCalendarDate } from '../../dates';
import { inWords } from '../words';
import type { ReadinessRule } from '../types';

/** Days after its effective date by which everyone should have read a version (as « À faire »). */
const READING_DAYS = 30;

export const readsMissing: ReadinessRule = {
  id: 'reads-missing',
  title: 'Émargements manquants sur des versions en vigueur',
  source: { clause: '7.3', cites: 'ISO 9001 § 7.3 (sensibilisation) et § 7.5.3.1 a (disponibilité)' },
  grade: 'sensible',
  check: (facts) => {
    const lastEffective = toCalendarDate(addDays(fromCalendarDate(facts.asOf), -READING_DAYS));
    return facts.versionsInForce
      .filter((v) => v.unread > 0 && v.effectiveDate <= lastEffective)
      .map((v) => ({
        key: String(v.documentId),
        what: `${v.unread} personne(s) n’ont pas émargé ${v.reference} « ${v.title} » indice ${v.indice}, en vigueur depuis le ${inWords(v.effectiveDate)} : faites signer la feuille d’émargement.`,
        evidence: `Lectures enregistrées de la version en vigueur et personnes actives de l’annuaire.`,
        link: `/documents/${v.documentId}`,
      }));
  },
};

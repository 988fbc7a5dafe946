import type { ActionSource, ActionType } from '../../../../shared/domain/actions';
import type { ComplaintChannel } from '../../../../shared/domain/complaints';
import type { AnalysisMethod, EffectivenessVerdict, IshikawaBranch, NonconformitySource } from '../../../../shared/domain/nonconformities';
import type { SuggestionKind } from '../../../../shared/domain/suggestions';
import { NNBSP, decimal } from '../pdf/typography';

/**
 * The French words the PDFs of the improvement loop (§ 10) print for stored codes, as the screens
 * say them. Severities, statuses and complainants are in `reviewLabels.ts`, shared with the
 * management review.
 */
export const ncSourceLabels: Record<NonconformitySource, string> = {
  audit: 'Audit',
  reclamation: 'Réclamation',
  indicateur: 'Indicateur',
  quotidien: 'Fonctionnement quotidien',
  prestataire: 'Prestataire externe',
  autre: 'Autre',
};

export const analysisMethodLabels: Record<AnalysisMethod, string> = {
  cinq_pourquoi: '5 pourquoi',
  ishikawa: 'Ishikawa (5M)',
  texte: 'Texte libre',
};

export const ishikawaBranchLabels: Record<IshikawaBranch, string> = {
  main_oeuvre: 'Main d’œuvre',
  methodes: 'Méthodes',
  materiel: 'Matériel',
  milieu: 'Milieu',
  matiere: 'Matière',
};

export const verdictLabels: Record<EffectivenessVerdict, string> = { efficace: 'Efficace', non_efficace: 'Non efficace' };

export const actionTypeLabels: Record<ActionType, string> = {
  corrective: 'Corrective',
  preventive: 'Préventive',
  amelioration: 'Amélioration',
};

export const actionSourceLabels: Record<ActionSource, string> = {
  nonconformite: 'Non-conformité',
  constat: 'Constat d’audit',
  fiche: 'Fiche d’amélioration',
  revue_direction: 'Revue de direction',
  autre: 'Autre',
};

export const channelLabels: Record<ComplaintChannel, string> = {
  courrier: 'Courrier',
  courriel: 'Courriel',
  telephone: 'Téléphone',
  en_personne: 'En personne',
  formulaire: 'Formulaire ou questionnaire',
  autre: 'Autre',
};

export const suggestionKindLabels: Record<SuggestionKind, string> = { idee: 'Idée', probleme: 'Problème' };

/** "à traiter" → "À traiter": the shared lower-case words at the start of a table cell. */
export const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);

/** "12 jours", "1 jour", "8,5 jours" (French keeps the singular below two). */
export const days = (count: number): string => `${decimal(count)}${NNBSP}jour${Math.abs(count) >= 2 ? 's' : ''}`;

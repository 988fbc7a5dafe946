import type { ActionStatus } from '../../../../shared/domain/actions';
import type { AuditType } from '../../../../shared/domain/audits';
import type { ComplainantKind } from '../../../../shared/domain/complaints';
import { stateLabelsFr, stateSymbols, type IndicatorState } from '../../../../shared/domain/indicator-state';
import type { NonconformitySeverity, NonconformityStatus } from '../../../../shared/domain/nonconformities';
import type { SuggestionStatus } from '../../../../shared/domain/suggestions';
import type { ObjectiveStatus } from '../../../../shared/schemas/objectives';

/** The French words the management review's PDFs print for stored codes. */
export const auditTypeLabels: Record<AuditType, string> = {
  interne: 'Audit interne',
  croise: 'Audit croisé',
  blanc: 'Audit blanc',
  etape_1: 'Audit initial, étape 1',
  etape_2: 'Audit initial, étape 2',
  surveillance: 'Audit de surveillance',
  renouvellement: 'Audit de renouvellement',
  complementaire: 'Audit complémentaire',
};

export const severityLabels: Record<NonconformitySeverity, string> = { majeure: 'majeure', mineure: 'mineure', observation: 'observation' };

export const ncStatusLabels: Record<NonconformityStatus, string> = {
  a_traiter: 'à traiter',
  en_analyse: 'en analyse',
  actions_en_cours: 'actions en cours',
  verification: 'en vérification',
  close: 'close',
};

export const complainantLabels: Record<ComplainantKind, string> = {
  client: 'Client',
  salarie: 'Salarié en insertion',
  partenaire: 'Partenaire',
  autre: 'Autre',
};

export const suggestionStatusLabels: Record<SuggestionStatus, string> = {
  a_trier: 'à trier',
  nc: 'devenue non-conformité',
  action: 'devenue action',
  non_retenue: 'non retenue',
};

export const actionStatusLabels: Record<ActionStatus, string> = {
  a_faire: 'À faire',
  en_cours: 'En cours',
  realisee: 'Réalisée',
  abandonnee: 'Abandonnée',
};

export const objectiveStatusLabels: Record<ObjectiveStatus, string> = {
  en_cours: 'En cours',
  atteint: 'Atteint',
  non_atteint: 'Non atteint',
  abandonne: 'Abandonné',
};

/** "✓ Atteint", "✗ Non atteint": the symbol and the word, never the colour alone. */
export const stateText = (state: IndicatorState): string => `${stateSymbols[state]} ${stateLabelsFr[state]}`;

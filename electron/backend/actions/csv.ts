import type { ActionSource, ActionStatus, ActionType } from '../../../shared/domain/actions';
import { csvDate, toCsv } from '../../../shared/domain/csv';
import type { Action } from '../../../shared/schemas/actions';

const sourceLabels: Record<ActionSource, string> = {
  nonconformite: 'Non-conformité',
  constat: 'Constat d’audit',
  fiche: 'Fiche d’amélioration',
  revue_direction: 'Revue de direction',
  autre: 'Autre',
};
const typeLabels: Record<ActionType, string> = { corrective: 'Corrective', preventive: 'Préventive', amelioration: 'Amélioration' };
const statusLabels: Record<ActionStatus, string> = {
  a_faire: 'À faire',
  en_cours: 'En cours',
  realisee: 'Réalisée',
  abandonnee: 'Abandonnée',
};

const header = [
  'Référence',
  'Origine',
  'Réf. origine',
  'Type',
  'Description',
  'Responsable',
  'Processus',
  'Échéance',
  'Statut',
  'En retard',
  'Réalisée le',
  'Motif d’abandon',
  'Preuves de réalisation',
];

/** The action plan as a CSV file for French Excel, named after the day it was drawn. */
export const actionPlanCsv = (actions: readonly Action[], today: string) => {
  const rows = actions.map((action) => [
    action.reference,
    sourceLabels[action.source],
    action.originReference ?? action.originNote ?? '',
    typeLabels[action.type],
    action.description,
    action.ownerName,
    action.processName ?? '',
    csvDate(action.dueDate),
    statusLabels[action.status],
    action.overdue ? 'Oui' : 'Non',
    csvDate(action.doneOn),
    action.abandonReason ?? '',
    action.evidenceNotes ?? '',
  ]);
  const content = Buffer.from(toCsv(header, rows), 'utf8');
  return { fileName: `Plan d’actions ${today}.csv`, mediaType: 'text/csv; charset=utf-8', size: content.byteLength, content };
};

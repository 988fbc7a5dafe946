import { csvDate, toCsv } from '../../../shared/domain/csv';
import { actionSourceLabels, actionStatusLabels, actionTypeLabels } from '../../../shared/labels/actions';
import type { Action } from '../../../shared/schemas/actions';

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
    actionSourceLabels.fr[action.source],
    action.originReference ?? action.originNote ?? '',
    actionTypeLabels.fr[action.type],
    action.description,
    action.ownerName,
    action.processName ?? '',
    csvDate(action.dueDate),
    actionStatusLabels.fr[action.status],
    action.overdue ? 'Oui' : 'Non',
    csvDate(action.doneOn),
    action.abandonReason ?? '',
    action.evidenceNotes ?? '',
  ]);
  const content = Buffer.from(toCsv(header, rows), 'utf8');
  return { fileName: `Plan d’actions ${today}.csv`, mediaType: 'text/csv; charset=utf-8', size: content.byteLength, content };
};

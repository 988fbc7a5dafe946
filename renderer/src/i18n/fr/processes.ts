import { processKindLabels } from '../../../../shared/labels/processes';
/** French messages: processes. */
export const processesMessages = {
  processes: {
    title: 'Processus',
    subtitle: 'La cartographie : pilotage, réalisation et support, chacun avec son pilote.',
    new: 'Ajouter un processus',
    name: 'Nom du processus',
    kind: 'Famille',
    pilot: 'Pilote',
    noPilot: 'Pas de pilote',
    emptyTitle: 'Aucun processus',
    emptyText: 'Décrivez vos processus (accueil et recrutement, accompagnement, relation clients…) pour y rattacher les documents.',
    editTitle: 'Modifier le processus',
    created: 'Processus « {{name}} » ajouté.',
    kinds: processKindLabels.fr,
  },
} as const;

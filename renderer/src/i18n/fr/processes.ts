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
    template: {
      open: 'Partir d’un modèle de cartographie',
      title: 'Cartographie à partir d’un modèle',
      intro:
        'Les noms de processus habituels d’une SIAE, sans pilote ni document : décochez ce qui ne vous concerne pas, renommez, changez de famille, puis créez. Vous complétez ensuite chaque processus (pilote, documents).',
      structure: 'Type de structure',
      list: 'Processus proposés',
      keep: 'Garder « {{name}} »',
      name: 'Nom du processus {{number}}',
      kind: 'Famille du processus {{number}}',
      accept_one: 'Créer ce processus',
      accept_other: 'Créer ces {{count}} processus',
      created_one: '{{count}} processus créé.',
      created_other: '{{count}} processus créés.',
    },
    kinds: processKindLabels.fr,
  },
} as const;

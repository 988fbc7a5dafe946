/** French messages: people. */
export const peopleMessages = {
  people: {
    title: 'Annuaire',
    subtitle: 'Les personnes nommées dans le système qualité : pilotes, responsables, auditeurs…',
    new: 'Ajouter une personne',
    name: 'Nom',
    jobTitle: 'Fonction',
    active: 'Active',
    inactive: 'Inactive',
    deactivate: 'Désactiver',
    reactivate: 'Réactiver',
    emptyTitle: 'L’annuaire est vide',
    emptyText: 'Ajoutez la direction, le ou la responsable qualité et les pilotes de processus.',
    editTitle: 'Modifier {{name}}',
    created: '{{name}} ajouté(e) à l’annuaire.',
    list: 'Liste des personnes',
    status: 'État',
    actions: 'Actions',
  },
} as const;

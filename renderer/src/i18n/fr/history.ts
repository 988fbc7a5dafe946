/** French messages: history. */
export const historyMessages = {
  history: {
    empty: 'Aucune modification enregistrée.',
    create: 'Création',
    update: 'Modification',
    file_add: 'Fichier ajouté',
    file_remove: 'Fichier retiré',
    by: 'par {{actor}}',
    empty_value: '(vide)',
  },
} as const;

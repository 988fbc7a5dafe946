/** French messages: history. */
export const historyMessages = {
  history: {
    empty: 'Aucune modification enregistrée.',
    create: 'Création',
    update: 'Modification',
    by: 'par {{actor}}',
    empty_value: '(vide)',
  },
} as const;

/** French messages: global search. */
export const searchMessages = {
  search: {
    open: 'Rechercher',
    shortcut: 'Ctrl+K',
    title: 'Rechercher dans le système qualité',
    label: 'Mots à chercher',
    placeholder: 'Référence, titre, exigence, résumé de modification…',
    results: 'Résultats',
    hint: 'Tapez une référence (PR-001), un mot d’un titre ou d’un résumé de modification, un numéro d’exigence.',
    none: 'Aucun résultat.',
    kind: {
      document: 'Document',
      requirement: 'Exigence',
    },
  },
} as const;

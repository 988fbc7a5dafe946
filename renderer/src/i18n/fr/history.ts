/** French messages: history. */
export const historyMessages = {
  history: {
    empty: 'Aucune modification enregistrée.',
    by: 'par {{actor}}',
    empty_value: '(vide)',
    action: {
      create: 'Création',
      update: 'Modification',
      version_create: 'Nouvelle version ouverte',
      version_update: 'Brouillon modifié',
      version_submit: 'Version soumise pour approbation',
      version_return: 'Version renvoyée en brouillon',
      version_approve: 'Version approuvée, en vigueur',
      version_obsolete: 'Version rendue obsolète',
      review: 'Revue périodique',
      read: 'Émargement',
      file_add: 'Fichier ajouté',
      file_remove: 'Fichier retiré',
      requirement_link: 'Exigence liée',
      requirement_unlink: 'Exigence déliée',
    },
  },
} as const;

/** French messages: who is using Sève ("Qui êtes-vous ?"). */
export const identityMessages = {
  identity: {
    question: 'Qui êtes-vous ?',
    why: 'Sève inscrit votre nom dans l’historique de chaque changement et sur les PDF que vous produisez (la norme demande de savoir qui a changé quoi). Le compte de l’ordinateur (« {{account}} ») est noté à côté.',
    iAm: 'Je suis',
    itsMe: 'C’est moi',
    notListed: 'Je ne suis pas dans l’annuaire',
    emptyDirectory: 'L’annuaire de ce fichier est encore vide.',
    addFirst: 'Je me présente',
    addYourself: 'Ajoutez-vous à l’annuaire de ce fichier :',
    addMe: 'C’est moi : continuer',
    you: 'Vous : {{name}}',
    change: 'Vous : {{name}} — changer de personne',
  },
} as const;

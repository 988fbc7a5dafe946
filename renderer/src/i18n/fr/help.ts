/** French messages: the user guide inside Sève. */
export const helpMessages = {
  help: {
    open: 'Aide',
    title: 'Guide d’utilisation',
    subtitle: 'Chaque écran, ce qu’il montre et comment s’en servir. Le bouton « ? Aide » de chaque écran ouvre sa partie.',
    contents: 'Sommaire du guide',
    search: 'Rechercher dans le guide',
    found_one: '{{count}} partie contient ces mots :',
    found_other: '{{count}} parties contiennent ces mots :',
  },
} as const;

/** French messages: « Premiers pas ». */
export const firstStepsMessages = {
  firstSteps: {
    title: 'Premiers pas',
    intro: 'Ce qu’il faut mettre en place d’abord. Chaque étape se coche d’elle-même quand le fichier la contient.',
    progress: '{{done}} sur {{total}}',
    hide: 'Masquer les premiers pas',
    show: 'Afficher les premiers pas',
    done: 'Fait :',
    todo: 'À faire :',
    steps: {
      structure: { title: 'Donner le nom de la structure', help: 'il figure sur chaque PDF.' },
      people: { title: 'Ajouter les personnes', help: 'la direction, les pilotes de processus, les auditeurs internes.' },
      processes: { title: 'Décrire les processus', help: 'à partir d’un modèle d’ACI, d’AI, d’EI ou d’ETTI si vous voulez.' },
      documents: { title: 'Enregistrer les premiers documents', help: 'un par un, ou en important un dossier existant.' },
      certification: { title: 'Noter la certification', help: 'le schéma (Cèdre ISO 9001…), l’organisme, les dates du cycle.' },
      requirements: { title: 'Relier les exigences', help: 'chaque exigence du référentiel aux documents qui y répondent.' },
    },
  },
} as const;

/** French messages: « Prêt pour l'audit ? ». */
export const readinessMessages = {
  readiness: {
    nav: 'Prêt pour l’audit ?',
    title: 'Prêt pour l’audit ?',
    subtitle:
      'Ce que l’auditeur trouverait probablement, d’après vos enregistrements. Le niveau est une estimation sur l’échelle de votre certification, jamais une décision.',
    choose: 'Audit à préparer',
    audit: 'Audit',
    nextAudit: 'Le prochain audit de certification',
    date: 'Ou une date',
    forAudit: 'Pour l’audit {{reference}} du {{date}}',
    forDate: 'Au {{date}}',
    figureLabel: 'Constats probables par niveau',
    likely: '{{grade}} probable',
    before_one: '{{count}} au dernier audit ({{reference}})',
    before_other: '{{count}} au dernier audit ({{reference}})',
    sinceLast: 'Comparé aux mêmes vérifications au jour du dernier audit de l’organisme, {{reference}} du {{date}}.',
    noBodyAudit: 'Aucun audit de l’organisme certificateur n’est encore enregistré : pas de comparaison.',
    pdf: 'Imprimer la liste (PDF)',
    none: 'Aucun constat prévisible : les vérifications de Sève ne trouvent rien à corriger.',
    evidence: 'Sève a regardé :',
    fix: 'Corriger',
    showAll: 'Afficher les {{count}} constats probables',
  },
} as const;

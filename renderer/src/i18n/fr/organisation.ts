/** French messages: organisation. */
export const organisationMessages = {
  organisation: {
    title: 'Structure',
    subtitle: 'La structure dont ce fichier contient le système qualité.',
    name: 'Nom de la structure',
    namePlaceholder: 'Association intermédiaire…',
    file: 'Fichier de données',
    fileHelp:
      'Tout le système qualité tient dans ce fichier. Sève le sauvegarde automatiquement ; l’écran « Fichier et sauvegardes » montre ses sauvegardes, les restaure et en enregistre une copie ailleurs (clé USB).',
    schema: 'Version du schéma',
    appVersion: 'Version de Sève',
    language: 'Langue de l’interface',
    indiceHelp: 'S’applique aux prochaines versions ; les versions existantes gardent leur indice.',
    scopeStatement: 'Domaine d’application du système qualité',
    scopeStatementHelp:
      'Tel que le certificat l’énonce (ISO 9001 § 4.3) : les activités couvertes. La page de garde du dossier de preuves l’imprime ; le contexte y ajoute les exigences non applicables et leur justification.',
    sites: 'Sites',
    sitesHelp: 'Un site par ligne, avec son adresse.',
    saved: 'Réglages de la structure enregistrés.',
    history: 'Historique de la structure et du fichier',
    historyField: {
      name: 'Nom de la structure',
      indiceScheme: 'Numérotation des versions',
      qualityPolicy: 'Politique qualité',
      qualityPolicyText: 'Texte de la politique qualité',
      scopeStatement: 'Domaine d’application',
      sites: 'Sites',
      backupTakenAt: 'Sauvegarde restaurée, prise le',
      backupKind: 'Occasion de cette sauvegarde',
      safetyBackup: 'L’état remplacé est conservé dans la sauvegarde',
    },
  },
} as const;

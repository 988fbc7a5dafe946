import { unmatchedAnswerReasonLabels } from '../../../../shared/labels/group';

/** French messages: the group's requests, answered in a member's file, and how their answers reach the group. */
export const groupRequestsMessages = {
  groupRequests: {
    title: 'Demandes du groupe',
    subtitle:
      'Les non-conformités que le groupe vous demande de vérifier chez vous : notez chaque demande reçue et votre réponse, elle partira avec votre prochain envoi au groupe.',
    open: 'Demandes du groupe',
    record: 'Enregistrer une demande',
    recorded: 'Demande {{code}} enregistrée : répondez-y quand vous avez vérifié.',
    list: 'Demandes reçues',
    none: 'Aucune demande du groupe pour l’instant.',
    receivedOn: 'reçue le {{date}}',
    unanswered: 'Réponse à donner.',
    notConcerned: 'Non concerné (réponse du {{date}}).',
    concernedWith: 'Concerné : {{reference}} — {{description}}, {{status}} (réponse du {{date}}).',
    answerOf: 'Réponse à {{code}}',
    answer: 'Enregistrer la réponse',
    answered: 'Réponse à {{code}} enregistrée : faites « Envoyer au groupe » pour la transmettre.',
    field: {
      code: 'Code de la demande',
      codeHelp: 'Tel qu’il figure dans le message du groupe (« EXT-12 »).',
      ncReference: 'Référence de la non-conformité',
      description: 'Description',
      receivedOn: 'Reçue le',
      concerned: 'Concerné',
      action: 'Action de votre plan',
      actionHelp: 'Tapez la référence ou des mots de l’action de votre plan ; créez-la d’abord dans le plan si elle n’y est pas.',
      answeredOn: 'Réponse du',
    },
    extension: {
      code: 'Code {{code}}',
      copy: 'Copier la demande {{code}}',
      copied: 'Demande {{code}} copiée : collez-la dans votre courriel aux autres membres.',
      copyFailed: 'La demande n’a pas pu être copiée : sélectionnez le texte ci-dessous et copiez-le.',
      fromGroup: 'saisie par le groupe',
      fromSnapshot: 'reçue dans l’envoi du {{date}}',
      actionStatus: '{{reference}}, {{status}}',
      unmatchedTitle: 'Réponses reçues non rattachées',
      unmatchedHelp:
        'Réponses lues dans les derniers envois des membres que Sève n’a pu rattacher à aucune extension : vérifiez avec le membre.',
      unmatched: '{{name}}, {{code}} ({{reference}}, réponse du {{date}}) : {{reason}}.',
      importedWithAnswers: '{{count}} réponse(s) aux demandes du groupe enregistrée(s).',
      reason: unmatchedAnswerReasonLabels.fr,
      importedUnmatched: '{{count}} réponse(s) non rattachée(s) : voyez « Réponses reçues non rattachées ».',
    },
  },
} as const;

import type { UnmatchedAnswerReason } from '../domain/group-requests';
import type { Labels } from './types';

// Group certification: why an answer received in a member's snapshot was not recorded.

export const unmatchedAnswerReasonLabels: Labels<UnmatchedAnswerReason> = {
  fr: {
    code_inconnu: 'code inconnu : aucune extension du groupe ne porte ce code',
    reference_differente: 'la référence ne correspond pas à la non-conformité de cette extension',
    membre_origine: 'ce membre est celui où la non-conformité a été relevée',
    avant_decision: 'la réponse précède la décision d’étendre',
    reponse_plus_recente: 'une réponse plus récente est déjà enregistrée par le groupe',
  },
  en: {
    code_inconnu: 'unknown code: no extension of the group has this code',
    reference_differente: 'the reference does not match this extension’s nonconformity',
    membre_origine: 'this member is the one where the nonconformity was found',
    avant_decision: 'the answer precedes the decision to extend',
    reponse_plus_recente: 'a later answer is already recorded by the group',
  },
};

import type Database from 'better-sqlite3';
import { extensionIdOfCode, receivedAnswerWins, sameNcReference, type UnmatchedAnswerReason } from '../../../shared/domain/group-requests';
import type { GroupMember } from '../../../shared/schemas/group';
import type { UnmatchedAnswer } from '../../../shared/schemas/group-requests';
import type { createHistoryRepository } from '../history/repository';
import { createUnmatchedAnswersRepository, explained, type CarriedAnswer } from './answers-repository';
import { createExtensionsRepository } from './extensions-repository';
import { createGroupRepository } from './repository';

/**
 * Inside the import's transaction: each answer the new snapshot carries is recorded for its
 * extension when its code names one of this group's extensions, its NC reference is that
 * extension's, the answering member is not the origin member, it does not precede the decision,
 * and it is not older than the answer held (the latest answered_on wins; on the same day the
 * member's own answer wins). The rest is kept with its reason and returned: nothing is dropped
 * silently. An answer identical to one already received is left as it was recorded.
 */
export const recordCarriedAnswers = (
  deps: { db: Database.Database; history: ReturnType<typeof createHistoryRepository>; at: string },
  member: GroupMember,
  sha256: string,
  carried: CarriedAnswer[],
): { recorded: number; unmatched: UnmatchedAnswer[] } => {
  const extensions = createExtensionsRepository(deps.db);
  const unmatchedRepository = createUnmatchedAnswersRepository(deps.db);
  const all = extensions.list(createGroupRepository(deps.db).list());
  const unmatched: UnmatchedAnswer[] = [];
  let recorded = 0;
  type Line = NonNullable<(typeof all)[number]['answers'][number]['answer']>;
  const match = (answer: CarriedAnswer): { reason: UnmatchedAnswerReason } | { extension: (typeof all)[number]; held: Line | null } => {
    const extension = all.find((candidate) => candidate.id === extensionIdOfCode(answer.code));
    if (!extension) return { reason: 'code_inconnu' };
    if (!sameNcReference(extension.ncReference, answer.ncReference)) return { reason: 'reference_differente' };
    if (extension.memberId === member.id) return { reason: 'membre_origine' };
    if (answer.answeredOn < extension.decidedOn) return { reason: 'avant_decision' };
    const held = extension.answers.find((line) => line.memberId === member.id)?.answer ?? null;
    return receivedAnswerWins(held, answer.answeredOn) ? { extension, held } : { reason: 'reponse_plus_recente' };
  };
  for (const answer of carried) {
    const found = match(answer);
    if ('reason' in found) {
      unmatchedRepository.insert(sha256, member.id, answer, found.reason);
      unmatched.push(
        explained({
          memberId: member.id,
          memberName: member.name,
          code: answer.code,
          ncReference: answer.ncReference,
          answeredOn: answer.answeredOn,
          reason: found.reason,
        }),
      );
      continue;
    }
    const { extension, held } = found;
    recorded += 1;
    const action = answer.action?.description ?? null;
    const unchanged =
      held !== null &&
      held.receivedIn !== null &&
      held.concerned === answer.concerned &&
      held.action === action &&
      held.actionReference === (answer.action?.reference ?? null) &&
      held.actionStatus === (answer.action?.status ?? null) &&
      held.answeredOn === answer.answeredOn;
    if (unchanged) continue;
    extensions.receive({ extensionId: extension.id, memberId: member.id, ...answer, sha256 }, deps.at);
    deps.history.append({
      at: deps.at,
      entity: 'group_member',
      entityId: member.id,
      action: 'extension_answer',
      changes: [
        { field: 'ncReference', before: extension.ncReference, after: extension.ncReference },
        { field: 'concerned', before: held?.concerned ?? null, after: answer.concerned },
        { field: 'action', before: held?.action ?? null, after: action },
        { field: 'actionReference', before: held?.actionReference ?? null, after: answer.action?.reference ?? null },
        { field: 'actionStatus', before: held?.actionStatus ?? null, after: answer.action?.status ?? null },
        { field: 'answeredOn', before: held?.answeredOn ?? null, after: answer.answeredOn },
        { field: 'answerSource', before: held?.receivedIn?.sha256 ?? null, after: sha256 },
      ],
    });
  }
  return { recorded, unmatched };
};

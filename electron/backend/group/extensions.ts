import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { dateInWords, outOfOrder } from '../../../shared/domain/dates';
import type { Extension, extensionAnswerSchema, extensionCreateSchema, GroupMember } from '../../../shared/schemas/group';
import type { ServiceContext } from '../context';
import { ServiceError, notFound } from '../errors';
import { createHistoryRepository } from '../history/repository';
import { createExtensionsRepository } from './extensions-repository';
import { createGroupRepository } from './repository';

type Snapshotted = GroupMember & { latest: NonNullable<GroupMember['latest']> };

/** « À étendre » (§10.2.1 c): an NC of one member, the other members' answers. */
export const createExtensionsService = (ctx: ServiceContext, openSnapshot: (member: Snapshotted) => Database.Database) => {
  const members = createGroupRepository(ctx.db);
  const extensions = createExtensionsRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const at = () => ctx.now().toISOString();
  const find = (id: number): Extension => {
    const extension = extensions.list(members.list()).find((candidate) => candidate.id === id);
    if (!extension) throw notFound('Cette extension');
    return extension;
  };
  const currentMember = (id: number, field: string): GroupMember => {
    const member = members.find(id);
    if (!member || member.removedOn !== null) {
      throw new ServiceError('invalid_input', 'Ce membre n’est pas (ou plus) dans le groupe.', {
        [field]: 'Choisissez un membre du groupe.',
      });
    }
    return member;
  };

  return {
    list: (): Extension[] => extensions.list(members.list()),

    /** Reads the NC in the member's latest snapshot and records that the group extends it to the others. */
    extend: (input: z.output<typeof extensionCreateSchema>): Extension => {
      const member = currentMember(input.memberId, 'memberId');
      const { latest } = member;
      if (!latest) throw new ServiceError('invalid_input', `Rien n’a encore été reçu de « ${member.name} ».`);
      const db = openSnapshot({ ...member, latest });
      let nc: { reference: string; description: string; detected_on: string } | undefined;
      try {
        nc = db
          .prepare<[number], { reference: string; description: string; detected_on: string }>(
            'SELECT reference, description, detected_on FROM nonconformities WHERE id = ?',
          )
          .get(input.nonconformityId);
      } finally {
        db.close();
      }
      if (!nc) throw new ServiceError('not_found', `Cette non-conformité n’est pas dans le dernier envoi de « ${member.name} ».`);
      const found = nc;
      if (input.decidedOn < found.detected_on) {
        const message = outOfOrder('La décision d’étendre', input.decidedOn, 'la détection de la non-conformité', found.detected_on);
        throw new ServiceError('invalid_input', message, { decidedOn: message });
      }
      const id = ctx.db
        .transaction(() => {
          if (extensions.existing(member.id, found.reference) !== null) {
            throw new ServiceError('conflict', `${found.reference} de « ${member.name} » est déjà à étendre aux autres membres.`);
          }
          const created = extensions.insert(
            {
              memberId: member.id,
              sha256: latest.sha256,
              reference: found.reference,
              description: found.description,
              decidedOn: input.decidedOn,
            },
            at(),
          );
          history.append({
            at: at(),
            entity: 'group_member',
            entityId: member.id,
            action: 'extension',
            changes: [
              { field: 'ncReference', before: null, after: found.reference },
              { field: 'decidedOn', before: null, after: input.decidedOn },
            ],
          });
          return created;
        })
        .immediate();
      return find(id);
    },

    /** A member's answer, concerned (with its action) or not; a later answer replaces it. */
    answer: (input: z.output<typeof extensionAnswerSchema>): Extension =>
      ctx.db
        .transaction(() => {
          const extension = find(input.extensionId);
          const member = currentMember(input.memberId, 'memberId');
          if (member.id === extension.memberId) {
            throw new ServiceError('invalid_input', `« ${member.name} » est le membre où la non-conformité a été trouvée.`, {
              memberId: 'Choisissez un autre membre que celui de la non-conformité.',
            });
          }
          if (input.answeredOn < extension.decidedOn) {
            const message = outOfOrder('La réponse', input.answeredOn, 'la décision d’étendre', extension.decidedOn);
            throw new ServiceError('invalid_input', message, { answeredOn: message });
          }
          const before = extension.answers.find((line) => line.memberId === member.id)?.answer ?? null;
          // The latest answered_on wins, whoever recorded it: a hand-typed answer does not go back before one received.
          if (before?.receivedIn && input.answeredOn < before.answeredOn) {
            const message = outOfOrder(
              'La réponse',
              input.answeredOn,
              `celle reçue dans l’envoi du ${dateInWords(before.receivedIn.createdOn)}`,
              before.answeredOn,
            );
            throw new ServiceError('invalid_input', message, { answeredOn: message });
          }
          const action = input.concerned ? input.action : null;
          extensions.answer({ ...input, action }, at());
          history.append({
            at: at(),
            entity: 'group_member',
            entityId: member.id,
            action: 'extension_answer',
            changes: [
              { field: 'ncReference', before: extension.ncReference, after: extension.ncReference },
              { field: 'concerned', before: before?.concerned ?? null, after: input.concerned },
              { field: 'action', before: before?.action ?? null, after: action },
              { field: 'answerSource', before: before?.receivedIn?.sha256 ?? null, after: null },
            ],
          });
          return find(extension.id);
        })
        .immediate(),
  };
};

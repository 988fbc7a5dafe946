import type { z } from 'zod';
import { outOfOrder } from '../../../shared/domain/dates';
import { extensionIdOfCode } from '../../../shared/domain/group-requests';
import type { GroupRequest, groupRequestAnswerSchema, groupRequestCreateSchema } from '../../../shared/schemas/group-requests';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound } from '../errors';
import { createHistoryRepository } from '../history/repository';
import { createRequestsRepository } from './requests-repository';

/**
 * « Demandes du groupe », in a member's file: the requests the group sent by its usual means and
 * the member's answers, which its next snapshot carries to the group.
 */
export const createRequestsService = (ctx: ServiceContext) => {
  const requests = createRequestsRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const at = () => ctx.now().toISOString();
  const find = (id: number): GroupRequest => {
    const request = requests.find(id);
    if (!request) throw notFound('Cette demande du groupe');
    return request;
  };

  return {
    list: (): GroupRequest[] => requests.list(),

    /** Records a request as received (its code and NC reference copied from the group's message). */
    record: (input: z.output<typeof groupRequestCreateSchema>): GroupRequest => {
      if (extensionIdOfCode(input.code) === null) {
        throw invalidField(
          'code',
          `« ${input.code} » n’est pas un code de demande du groupe : il s’écrit EXT- suivi d’un nombre (« EXT-12 »), tel que dans le message du groupe.`,
        );
      }
      const id = ctx.db
        .transaction(() => {
          if (requests.codeTaken(input.code)) {
            throw new ServiceError('conflict', `La demande ${input.code} est déjà enregistrée : répondez-y sur sa ligne.`, {
              code: `La demande ${input.code} est déjà enregistrée.`,
            });
          }
          const created = requests.insert(input, at());
          history.append({
            at: at(),
            entity: 'group_request',
            entityId: created,
            action: 'create',
            changes: [
              { field: 'code', before: null, after: input.code },
              { field: 'ncReference', before: null, after: input.ncReference },
              { field: 'receivedOn', before: null, after: input.receivedOn },
            ],
          });
          return created;
        })
        .immediate();
      return find(id);
    },

    /** The member's answer: concerned with one of its own actions, or not; a new answer replaces it. */
    answer: (input: z.output<typeof groupRequestAnswerSchema>): GroupRequest =>
      ctx.db
        .transaction(() => {
          const request = find(input.id);
          if (input.answeredOn < request.receivedOn) {
            const message = outOfOrder('La réponse', input.answeredOn, 'la réception de la demande', request.receivedOn);
            throw invalidField('answeredOn', message);
          }
          let action: { id: number; reference: string } | null = null;
          if (input.concerned) {
            action = input.actionId === null ? null : requests.action(input.actionId);
            if (!action) {
              throw invalidField('actionId', 'Cette action n’est pas dans votre plan d’actions : choisissez-en une dans la liste.');
            }
          }
          requests.answer(request.id, input.concerned, action?.id ?? null, input.answeredOn, at());
          history.append({
            at: at(),
            entity: 'group_request',
            entityId: request.id,
            action: 'answer',
            changes: [
              { field: 'concerned', before: request.answer?.concerned ?? null, after: input.concerned },
              { field: 'action', before: request.answer?.action?.reference ?? null, after: action?.reference ?? null },
              { field: 'answeredOn', before: request.answer?.answeredOn ?? null, after: input.answeredOn },
            ],
          });
          return find(request.id);
        })
        .immediate(),
  };
};

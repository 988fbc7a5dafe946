import type { z } from 'zod';
import type { Group, MemberKey, groupMemberAddSchema, groupMemberRemoveSchema, groupUpdateSchema } from '../../../shared/schemas/group';
import { dateInWords, outOfOrder } from '../../../shared/domain/dates';
import type { ServiceContext } from '../context';
import { ServiceError, notFound } from '../errors';
import { createHistoryRepository } from '../history/repository';
import { ORGANISATION_ID } from '../organisation/service';
import { createSettingsRepository } from '../organisation/repository';
import { createMemberKeyRepository } from './key';
import { createGroupRepository } from './repository';

const NAME_KEY = 'group.name';
const SAMPLED_KEY = 'group.sampledPerAudit';

/** The file as a member (its key) and as a group (its name, its sampling, its members). */
export const createGroupService = (ctx: ServiceContext) => {
  const settings = createSettingsRepository(ctx.db);
  const keys = createMemberKeyRepository(ctx.db);
  const members = createGroupRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const at = () => ctx.now().toISOString();

  const get = (): Group => {
    const sampled = settings.get(SAMPLED_KEY);
    return { name: settings.get(NAME_KEY), sampledPerAudit: sampled === null ? null : Number(sampled), members: members.list() };
  };

  return {
    get,
    memberKey: (): MemberKey | null => keys.get(),

    /** Creates the file's signing key once; the history keeps its fingerprint, which never changes after. */
    createMemberKey: (input: { createdOn: string }): MemberKey =>
      ctx.db
        .transaction(() => {
          const existing = keys.get();
          if (existing) return existing;
          const key = keys.create(input.createdOn, at());
          history.append({
            at: at(),
            entity: 'organisation',
            entityId: ORGANISATION_ID,
            action: 'member_key',
            changes: [{ field: 'keyFingerprint', before: null, after: key.fingerprint }],
          });
          return key;
        })
        .immediate(),

    /** Names the group and says how many members an audit samples. */
    update: (input: z.output<typeof groupUpdateSchema>): Group =>
      ctx.db
        .transaction(() => {
          const before = get();
          const changes = [
            { field: 'groupName', before: before.name, after: input.name },
            { field: 'sampledPerAudit', before: before.sampledPerAudit, after: input.sampledPerAudit },
          ].filter((change) => change.before !== change.after);
          if (changes.length === 0) return before;
          settings.set(NAME_KEY, input.name);
          settings.set(SAMPLED_KEY, input.sampledPerAudit === null ? null : String(input.sampledPerAudit));
          history.append({ at: at(), entity: 'organisation', entityId: ORGANISATION_ID, action: 'group', changes });
          return get();
        })
        .immediate(),

    /** Declares a member by the fingerprint it read out; a key or a name already in the group is refused. */
    addMember: (input: z.output<typeof groupMemberAddSchema>): Group =>
      ctx.db
        .transaction(() => {
          const holder = members.findByFingerprint(input.fingerprint);
          if (holder && holder.removedOn === null) {
            throw new ServiceError(
              'conflict',
              `Cette clé est déjà celle de « ${holder.name} » dans le groupe : vérifiez l’empreinte lue.`,
              {
                fingerprint: `Cette clé est déjà celle de « ${holder.name} ».`,
              },
            );
          }
          if (members.currentNamed(input.name) !== null) {
            throw new ServiceError('conflict', `« ${input.name} » est déjà membre du groupe.`, {
              name: `« ${input.name} » est déjà membre du groupe : choisissez un autre nom.`,
            });
          }
          const id = members.addMember(input, at());
          history.append({
            at: at(),
            entity: 'group_member',
            entityId: id,
            action: 'create',
            changes: [
              { field: 'name', before: null, after: input.name },
              { field: 'keyFingerprint', before: null, after: input.fingerprint },
              { field: 'joinedOn', before: null, after: input.joinedOn },
            ],
          });
          return get();
        })
        .immediate(),

    /** A member leaves the group: its snapshots stay, new ones are refused. */
    removeMember: (input: z.output<typeof groupMemberRemoveSchema>): Group =>
      ctx.db
        .transaction(() => {
          const member = members.find(input.id);
          if (!member) throw notFound('Ce membre');
          if (member.removedOn !== null) {
            throw new ServiceError('conflict', `« ${member.name} » a déjà quitté le groupe le ${dateInWords(member.removedOn)}.`);
          }
          if (input.removedOn < member.joinedOn) {
            const message = outOfOrder('Le départ', input.removedOn, 'l’entrée dans le groupe', member.joinedOn);
            throw new ServiceError('invalid_input', message, { removedOn: message });
          }
          members.removeMember(member.id, input.removedOn, at());
          history.append({
            at: at(),
            entity: 'group_member',
            entityId: member.id,
            action: 'remove',
            changes: [{ field: 'removedOn', before: null, after: input.removedOn }],
          });
          return get();
        })
        .immediate(),
  };
};

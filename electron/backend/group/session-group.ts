import type { z } from 'zod';
import type { extensionAnswerSchema, extensionCreateSchema, GroupMember } from '../../../shared/schemas/group';
import { migrations } from '../db/migrations';
import { ServiceError } from '../errors';
import type { GroupPackRequest } from '../pack/records/groupPack';
import type { OpenState } from '../session-activate';
import { createSnapshotCache, snapshotCacheFolder } from './cache';
import { createUnmatchedAnswersRepository } from './answers-repository';
import { createExtensionsService } from './extensions';
import { importSnapshot } from './import';
import { createGroupRepository } from './repository';
import { writeSnapshot } from './snapshot';
import { readGroupView } from './view';

const CURRENT_SCHEMA = migrations[migrations.length - 1]?.version ?? 0;

/** What group certification does with files on disk: the member's snapshot, the group's imports and view. */
export const createSessionGroup = (deps: {
  current: () => OpenState;
  config: { nativeBinding?: string; backupWorker?: string; now: () => Date };
}) => {
  const cache = createSnapshotCache(deps.config.nativeBinding);
  /** A read-only connection on a member's latest snapshot, materialised from the group file if need be. */
  const snapshotsOf = (open: OpenState) => {
    const snapshots = createGroupRepository(open.file.db);
    return (member: GroupMember & { latest: NonNullable<GroupMember['latest']> }) =>
      cache.open(snapshotCacheFolder(open.file.path), member.latest.sha256, () => snapshots.latestData(member.id));
  };
  const extensionsOf = (open: OpenState) =>
    createExtensionsService({ db: open.file.db, author: open.author, now: deps.config.now }, snapshotsOf(open));
  return {
    exportSnapshot: (input: { attachments: boolean }) => {
      const open = deps.current();
      return writeSnapshot(
        {
          db: open.file.db,
          now: deps.config.now,
          organisationName: open.services.organisation.get().name,
          nativeBinding: deps.config.nativeBinding,
          workerPath: deps.config.backupWorker,
        },
        input,
      );
    },

    importSnapshot: (content: Uint8Array) => {
      const open = deps.current();
      return importSnapshot(
        {
          db: open.file.db,
          author: open.author,
          now: deps.config.now,
          currentSchemaVersion: CURRENT_SCHEMA,
          cacheFolder: snapshotCacheFolder(open.file.path),
          nativeBinding: deps.config.nativeBinding,
        },
        content,
      );
    },

    view: () => {
      const open = deps.current();
      const group = open.services.group.get();
      return readGroupView({
        groupName: group.name,
        members: group.members,
        openSnapshot: snapshotsOf(open),
        extensions: extensionsOf(open).list(),
        unmatchedAnswers: createUnmatchedAnswersRepository(open.file.db).ofLatest(),
      });
    },

    /** What the group pack's worker reads: every current member's latest snapshot, materialised read-only here first. */
    packRequest: (date: string): GroupPackRequest => {
      const open = deps.current();
      const openSnapshot = snapshotsOf(open);
      const members = open.services.group.get().members.flatMap((member) => {
        const { latest } = member;
        if (member.removedOn !== null || !latest) return [];
        const db = openSnapshot({ ...member, latest });
        const cachePath = db.name;
        db.close();
        return [{ memberId: member.id, cachePath }];
      });
      if (members.length === 0) {
        throw new ServiceError(
          'invalid_input',
          'Aucun envoi de membre n’a encore été importé : importez-en au moins un avant le dossier de groupe.',
        );
      }
      return { kind: 'groupPack', date, members, nativeBinding: deps.config.nativeBinding };
    },

    extend: (input: z.output<typeof extensionCreateSchema>) => extensionsOf(deps.current()).extend(input),
    answerExtension: (input: z.output<typeof extensionAnswerSchema>) => extensionsOf(deps.current()).answer(input),
  };
};

import { groupPackFileName } from '../../../shared/domain/group';
import type { Handlers, MethodsOf } from '../handlers';

export const groupHandlers: Handlers<MethodsOf<'group'>> = {
  'group.memberKey': (_input, session) => session.services().group.memberKey(),
  'group.createMemberKey': (input, session) => session.services().group.createMemberKey(input),
  'group.exportSnapshot': (input, session) => session.group.exportSnapshot(input),
  'group.get': (_input, session) => session.services().group.get(),
  'group.update': (input, session) => session.services().group.update(input),
  'group.addMember': (input, session) => session.services().group.addMember(input),
  'group.removeMember': (input, session) => session.services().group.removeMember(input),
  'group.importSnapshot': (input, session) => session.group.importSnapshot(input.content),
  'group.view': (_input, session) => session.group.view(),
  'group.extend': (input, session) => session.group.extend(input),
  'group.answerExtension': (input, session) => session.group.answerExtension(input),
  'group.startPack': ({ date, targetId }, session) =>
    session.pack.start(session.filePath(), session.group.packRequest(date), groupPackFileName(date), targetId),
  'group.sampling': (_input, session) => session.services().groupSampling.read(),
  'group.recordSampling': (input, session) => session.services().groupSampling.record(input),
  'group.crossAudits': (_input, session) => session.services().groupCrossAudits.list(),
  'group.planCrossAudit': (input, session) => session.services().groupCrossAudits.plan(input),
  'group.completeCrossAudit': (input, session) => session.services().groupCrossAudits.done(input),
  'group.cancelCrossAudit': (input, session) => session.services().groupCrossAudits.cancel(input),
};

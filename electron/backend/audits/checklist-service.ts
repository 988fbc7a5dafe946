import type { z } from 'zod';
import type {
  ChecklistItem,
  checklistAddSchema,
  checklistCopySchema,
  checklistItemFieldsSchema,
  checklistMoveSchema,
  checklistUpdateSchema,
} from '../../../shared/schemas/audits';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import type { AuditsContext } from './context';

type Fields = z.output<typeof checklistItemFieldsSchema>;

/** What history keeps of a checklist line: its words, as they read at the time. */
const line = (item: ChecklistItem) => ({
  question: item.question,
  requirement: item.requirementLabel,
  process: item.processName,
  result: item.result,
  comment: item.comment,
});
const strip = ({ auditId: _auditId, ...item }: ChecklistItem & { auditId: number }): ChecklistItem => item;

/** What every change to a checklist checks first: its links, its audit still open, the line itself. */
const createChecklistChecks = (ac: AuditsContext) => {
  const { repos } = ac;
  return {
    checked: (fields: Fields, prefix: string): Fields => {
      if (fields.processId !== null && !repos.processes.get(fields.processId))
        throw invalidField(`${prefix}processId`, 'Ce processus n’existe pas.');
      if (fields.requirementId !== null && !repos.requirementExists.get(fields.requirementId)) {
        throw invalidField(`${prefix}requirementId`, 'Cette exigence n’existe pas.');
      }
      return fields;
    },

    openAudit: (auditId: number) => {
      const audit = ac.mustGetAudit(auditId);
      if (audit.status === 'annule' || audit.status === 'clos') {
        throw new ServiceError(
          'conflict',
          `L’audit ${audit.reference} est ${audit.status === 'annule' ? 'annulé' : 'clos'} : sa checklist ne change plus.`,
        );
      }
      return audit;
    },

    mustGetItem: (id: number) => repos.checklist.get(id) ?? raise(notFound('Cette ligne de checklist')),
  };
};

type ChecklistChecks = ReturnType<typeof createChecklistChecks>;

/** The checklist's lines one at a time: reading, adding, editing, removing. */
const createChecklistLines = (ac: AuditsContext, { checked, openAudit, mustGetItem }: ChecklistChecks) => {
  const { repos } = ac;
  return {
    list: (auditId: number): ChecklistItem[] => {
      ac.mustGetAudit(auditId);
      return repos.checklist.forAudit(auditId).map(strip);
    },

    add: (input: z.output<typeof checklistAddSchema>): ChecklistItem =>
      ac.db
        .transaction(() => {
          openAudit(input.auditId);
          const id = repos.checklist.append(input.auditId, checked(input.fields, 'fields.'));
          const item = strip(mustGetItem(id));
          ac.record('audit', input.auditId, 'checklist_add', creationFields(line(item)), ac.now().toISOString());
          return item;
        })
        .immediate(),

    update: (input: z.output<typeof checklistUpdateSchema>): ChecklistItem =>
      ac.db
        .transaction(() => {
          const before = mustGetItem(input.id);
          openAudit(before.auditId);
          repos.checklist.update(input.id, checked(input.fields, 'fields.'));
          const after = strip(mustGetItem(input.id));
          const changes = diffFields(line(before), line(after));
          if (changes.length > 0)
            ac.record(
              'audit',
              before.auditId,
              'checklist_update',
              [{ field: 'position', before: null, after: after.position }, ...changes],
              ac.now().toISOString(),
            );
          return after;
        })
        .immediate(),

    remove: (id: number): null =>
      ac.db
        .transaction(() => {
          const item = mustGetItem(id);
          openAudit(item.auditId);
          repos.checklist.remove(id);
          ac.record(
            'audit',
            item.auditId,
            'checklist_remove',
            Object.entries(line(item)).map(([field, value]) => ({ field, before: value, after: null })),
            ac.now().toISOString(),
          );
          return null;
        })
        .immediate(),
  };
};

/** The checklist as a whole: the order of its lines, and starting it from another audit's. */
const createChecklistOrder = (ac: AuditsContext, { openAudit, mustGetItem }: ChecklistChecks) => {
  const { repos } = ac;
  return {
    /** Moves a question one place up or down (it swaps with its neighbour); at either end nothing changes. */
    move: (input: z.output<typeof checklistMoveSchema>): ChecklistItem[] =>
      ac.db
        .transaction(() => {
          const item = mustGetItem(input.id);
          openAudit(item.auditId);
          const items = repos.checklist.forAudit(item.auditId);
          const index = items.findIndex((candidate) => candidate.id === item.id);
          const neighbour = items[input.direction === 'up' ? index - 1 : index + 1];
          if (neighbour) {
            // Positions are renumbered 1…n on the way, so gaps left by removed lines disappear.
            const order = items.map((candidate) => candidate.id);
            order[index] = neighbour.id;
            order[input.direction === 'up' ? index - 1 : index + 1] = item.id;
            order.forEach((id, position) => repos.checklist.setPosition(id, position + 1));
            ac.record(
              'audit',
              item.auditId,
              'checklist_move',
              [
                { field: 'question', before: null, after: item.question },
                { field: 'position', before: index + 1, after: order.indexOf(item.id) + 1 },
              ],
              ac.now().toISOString(),
            );
          }
          return repos.checklist.forAudit(item.auditId).map(strip);
        })
        .immediate(),

    /** Starts a checklist from another audit's: the same questions, in order, with empty results. */
    copy: (input: z.output<typeof checklistCopySchema>): ChecklistItem[] =>
      ac.db
        .transaction(() => {
          if (input.fromAuditId === input.toAuditId) throw invalidField('fromAuditId', 'Choisissez un autre audit que celui-ci.');
          ac.mustGetAudit(input.fromAuditId);
          const target = openAudit(input.toAuditId);
          for (const item of repos.checklist.forAudit(input.fromAuditId)) {
            repos.checklist.append(target.id, {
              requirementId: item.requirementId,
              processId: item.processId,
              question: item.question,
              result: null,
              comment: null,
            });
          }
          ac.record(
            'audit',
            target.id,
            'checklist_copy',
            [{ field: 'copiedFrom', before: null, after: ac.mustGetAudit(input.fromAuditId).reference }],
            ac.now().toISOString(),
          );
          return repos.checklist.forAudit(target.id).map(strip);
        })
        .immediate(),
  };
};

/** An audit's checklist: questions per requirement or process, each with its result. */
export const createChecklistService = (ac: AuditsContext) => {
  const checks = createChecklistChecks(ac);
  return { ...createChecklistLines(ac, checks), ...createChecklistOrder(ac, checks) };
};

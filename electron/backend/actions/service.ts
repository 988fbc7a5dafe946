import type { z } from 'zod';
import type { Action, actionCreateSchema, actionUpdateSchema } from '../../../shared/schemas/actions';
import { invalidField, raise } from '../errors';
import { diffFields } from '../history/changes';
import type { LoopContext } from '../nonconformities/context';
import { createActionMoves } from './moves';
import { createActionReading } from './reading';
import { createRegisterOrigins } from './register-origins';
import type { ActionLinks } from './repository';
import { auditOf, createActionRules, detectionOf, type ActionFields, type ActionOrigin } from './rules';
import { createActionTimeline, snapshot } from './timeline';

/** Actions, whatever their source: writing them, their moves, and the rules their nonconformity puts on their dates. */
export const createActionsService = (lc: LoopContext) => {
  const { repos } = lc;
  const rules = createActionRules(lc);
  const timeline = createActionTimeline(lc, rules);
  const { mustGet, checkFields } = rules;
  const { insert, record } = timeline;
  const fromRegister = createRegisterOrigins(lc, rules, timeline);

  return {
    insert,

    /**
     * An action another record decides (a provider's evaluation, a satisfaction survey): checked as
     * any action is, opened not before that record's day (`origin`). Call inside its transaction.
     */
    createLinked: (
      links: Omit<ActionLinks, 'checkId'>,
      fields: ActionFields,
      at: string,
      origin: ActionOrigin,
      note: Record<string, unknown>,
    ): Action => {
      checkFields(fields, 'fields.', null, false, undefined, origin);
      return insert(links, fields, at, note);
    },

    ...createActionReading(lc),

    get: mustGet,

    create: (input: z.output<typeof actionCreateSchema>): Action =>
      lc.db
        .transaction(() => {
          const { origin, fields } = input;
          const at = lc.now().toISOString();
          const none = { nonconformityId: null, findingId: null, suggestionId: null, originNote: null };
          if (origin.source === 'nonconformite') {
            const nc = lc.detail(origin.nonconformityId);
            lc.mustBeOpen(nc);
            checkFields(fields, 'fields.', origin.nonconformityId, true, undefined, detectionOf(nc.detectedOn));
            return insert({ ...none, source: 'nonconformite', nonconformityId: origin.nonconformityId }, fields, at);
          }
          if (origin.source === 'constat') {
            const finding =
              repos.actions.finding(origin.findingId) ?? raise(invalidField('origin.findingId', 'Ce constat d’audit n’existe pas.'));
            checkFields(fields, 'fields.', null, false, undefined, auditOf(finding.audit_start));
            return insert({ ...none, source: 'constat', findingId: finding.id }, fields, at);
          }
          if (origin.source === 'risque' || origin.source === 'veille') return fromRegister(origin, fields, at);
          checkFields(fields, 'fields.', null, false);
          return insert({ ...none, source: origin.source, originNote: origin.note }, fields, at, { origin: origin.note });
        })
        .immediate(),

    update: (input: z.output<typeof actionUpdateSchema>): Action =>
      lc.db
        .transaction(() => {
          const current = rules.forChange(input.id, input.revision);
          checkFields(input.fields, 'fields.', current.nonconformityId, rules.inRound(current), current, rules.originDateOf(current));
          const at = lc.now().toISOString();
          repos.actions.update(current.id, input.fields, at);
          const updated = mustGet(current.id);
          const changes = diffFields(snapshot(current), snapshot(updated));
          if (changes.length > 0) record(updated, 'update', changes, at);
          return updated;
        })
        .immediate(),

    ...createActionMoves(lc, rules, timeline),
  };
};

export type ActionsService = ReturnType<typeof createActionsService>;

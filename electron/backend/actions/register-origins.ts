import type { z } from 'zod';
import type { Action, actionCreateSchema } from '../../../shared/schemas/actions';
import { ServiceError, invalidField, raise } from '../errors';
import type { LoopContext } from '../nonconformities/context';
import { riskOf, watchOf, type ActionFields, type ActionRules } from './rules';
import type { ActionTimeline } from './timeline';

type RegisterOrigin = Extract<z.output<typeof actionCreateSchema>['origin'], { source: 'risque' | 'veille' }>;

const none = { nonconformityId: null, findingId: null, suggestionId: null, originNote: null };

/**
 * An action of the plan treating a risk or an opportunity, or answering an item of the watch: opened
 * not before the record was identified or noticed, named on the record's own timeline too. A retired
 * risk takes no new action. Call inside the creation's transaction.
 */
export const createRegisterOrigins =
  (lc: LoopContext, { checkFields }: ActionRules, { insert }: ActionTimeline) =>
  (origin: RegisterOrigin, fields: ActionFields, at: string): Action => {
    const named = (reference: string) => [{ field: 'action', before: null, after: reference }];
    if (origin.source === 'risque') {
      const risk =
        lc.repos.actions.risk(origin.riskId) ?? raise(invalidField('origin.riskId', 'Ce risque ou cette opportunité n’existe pas.'));
      if (risk.status !== 'actif') {
        throw new ServiceError('conflict', `${risk.reference} est retiré du registre : il ne prend plus de nouvelle action.`);
      }
      checkFields(fields, 'fields.', null, false, undefined, riskOf(risk.identified_on));
      const created = insert({ ...none, source: 'risque', riskId: risk.id }, fields, at);
      lc.record('risk', risk.id, 'action_add', named(created.reference), at);
      return created;
    }
    const item =
      lc.repos.actions.watchItem(origin.watchItemId) ??
      raise(invalidField('origin.watchItemId', 'Cette information de veille n’existe pas.'));
    checkFields(fields, 'fields.', null, false, undefined, watchOf(item.noticed_on));
    const created = insert({ ...none, source: 'veille', watchItemId: item.id }, fields, at);
    lc.record('watch_item', item.id, 'action_add', named(created.reference), at);
    return created;
  };

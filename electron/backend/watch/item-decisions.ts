import type { z } from 'zod';
import { watchDecisionLabels } from '../../../shared/labels/watch';
import type { WatchItem, watchDecideSchema, watchInformSchema } from '../../../shared/schemas/watch';
import { openDecidedAction } from '../actions/decided';
import type { ActionsService } from '../actions/service';
import { invalidField } from '../errors';
import { diffFields } from '../history/changes';
import { notInFuture } from '../issues/life';
import { namedPerson } from '../people/lookup';
import type { WatchItemContext } from './item-context';

/** What follows an item noticed: the impact analysis and the decision (with the plan's actions), and who was told. */
export const createWatchDecisions = (wc: WatchItemContext, actions: ActionsService) => ({
  /** The impact analysis and the decision, on a day; deciding to act needs an action of the plan (the first comes with it). */
  decide: (input: z.output<typeof watchDecideSchema>): WatchItem =>
    wc.db
      .transaction(() => {
        const before = wc.current(input.id, input.revision);
        const { fields, action } = input;
        notInFuture(fields.decidedOn, wc.today(), 'fields.decidedOn', 'La date de la décision');
        wc.afterNoticed(before, fields.decidedOn, 'fields.decidedOn', 'La décision');
        const live = before.actions.filter((existing) => existing.status !== 'abandonnee');
        if (fields.decision === 'action' && live.length === 0 && action === null) {
          const word = watchDecisionLabels.fr.action.toLocaleLowerCase('fr-FR');
          throw invalidField('action', `Pour « ${word} », décrivez au moins une action du plan : qui fait quoi, et pour quand.`);
        }
        const at = wc.now().toISOString();
        wc.watch.decide(before.id, fields, at);
        const decided = {
          analysis: before.analysis,
          impact: before.impact,
          decision: before.decision,
          decisionNote: before.decisionNote,
          decidedOn: before.decidedOn,
        };
        wc.record(before.id, 'decision', diffFields(decided, fields), at);
        if (action !== null) openDecidedAction(actions, { source: 'veille', watchItemId: before.id }, action, fields.decidedOn);
        return wc.mustGet(before.id);
      })
      .immediate(),

  /** Who was told of the item, and when. */
  inform: (input: z.output<typeof watchInformSchema>): WatchItem =>
    wc.db
      .transaction(() => {
        const before = wc.current(input.id, input.revision);
        const { fields } = input;
        notInFuture(fields.informedOn, wc.today(), 'fields.informedOn', 'La date de l’information');
        wc.afterNoticed(before, fields.informedOn, 'fields.informedOn', 'L’information');
        const already = new Set(before.informed.map((person) => person.id));
        const names = fields.personIds.map(
          (personId, index) =>
            namedPerson(wc.lc.repos.people, personId, `fields.personIds.${index}`, already.has(personId) ? personId : null) ?? '',
        );
        const at = wc.now().toISOString();
        wc.watch.inform(before.id, fields.informedOn, fields.personIds, fields.others, at);
        wc.record(
          before.id,
          'inform',
          diffFields(
            {
              informedOn: before.informedOn,
              informed: before.informed.map((person) => person.name).join(', ') || null,
              informedOthers: before.informedOthers,
            },
            { informedOn: fields.informedOn, informed: names.join(', ') || null, informedOthers: fields.others },
          ),
          at,
        );
        return wc.mustGet(before.id);
      })
      .immediate(),
});

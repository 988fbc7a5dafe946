import type { z } from 'zod';
import type { Requirement, applicabilitySchema } from '../../../shared/schemas/referentials';
import { invalidField } from '../errors';
import { diffFields } from '../history/changes';
import type { ReferentialsContext } from './context';

/** A requirement declared non applicable or applicable again, its sub-requirements following (ISO 9001 §4.3). */
export const createApplicability = (rc: ReferentialsContext) => {
  const { repo, history } = rc;

  /** Brings the sub-requirements that follow `current` to its new justification; call inside its transaction. */
  const followBelow = (current: Requirement, justification: string | null, when: string): void => {
    const inherited = (below: Requirement) => !below.applicable && below.nonApplicableJustification === current.nonApplicableJustification;
    for (const below of repo.descendants(current.id)) {
      // Excluding takes every applicable sub-requirement; re-wording or re-including moves only those that shared it.
      const follows = justification !== null && current.applicable ? below.applicable : inherited(below);
      if (!follows || below.nonApplicableJustification === justification) continue;
      repo.setApplicability(below.id, justification, when);
      history.append({
        at: when,
        entity: 'requirement',
        entityId: below.id,
        action: 'update',
        changes: [
          ...diffFields(
            { applicable: below.applicable, justification: below.nonApplicableJustification },
            { applicable: justification === null, justification },
          ),
          { field: 'inheritedFrom', before: null, after: current.number },
        ],
      });
    }
  };

  return {
    /**
     * Non applicable only with a justification (the schema refuses one without); applicable again
     * clears it. An exclusion covers the sub-requirements (ISO 9001 §4.3): they take the same
     * justification, and come back with the clause, except those given a justification of their
     * own. A sub-requirement can still be brought back on its own.
     */
    setApplicability: (input: z.output<typeof applicabilitySchema>): Requirement =>
      rc.db
        .transaction(() => {
          const current = rc.mustGetRequirement(input.id);
          const justification = input.fields.applicable ? null : input.fields.justification;
          if (!input.fields.applicable && justification === null) {
            throw invalidField(
              'fields.justification',
              'Justifiez la non-applicabilité (elle figure dans le domaine d’application, § 4.3).',
            );
          }
          const changes = diffFields(
            { applicable: current.applicable, justification: current.nonApplicableJustification },
            { applicable: input.fields.applicable, justification },
          );
          if (changes.length === 0) return current;
          const when = rc.now().toISOString();
          repo.setApplicability(current.id, justification, when);
          history.append({ at: when, entity: 'requirement', entityId: current.id, action: 'update', changes });
          followBelow(current, justification, when);
          return rc.mustGetRequirement(current.id);
        })
        .immediate(),
  };
};

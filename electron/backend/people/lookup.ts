import { invalidField } from '../errors';
import type { createPeopleRepository } from './repository';

type PeopleRepository = ReturnType<typeof createPeopleRepository>;

/**
 * The name of the person a record names in `field`, or a field error: the person must exist,
 * and be active when newly named (someone who left cannot approve today); `alreadyNamed` is
 * who the record named before, kept even if deactivated since.
 */
export const namedPerson = (
  people: PeopleRepository,
  id: number | null,
  field: string,
  alreadyNamed: number | null = null,
): string | null => {
  if (id === null) return null;
  const person = people.get(id);
  if (!person) throw invalidField(field, 'Cette personne n’existe pas dans l’annuaire.');
  if (!person.active && id !== alreadyNamed)
    throw invalidField(field, `${person.name} est désactivé(e) dans l’annuaire : choisissez une personne active.`);
  return person.name;
};

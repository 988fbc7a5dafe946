import type { Identity } from '../../../shared/schemas/identity';
import { ServiceError } from '../errors';
import type { PreferencesStore } from '../prefs';
import type { OpenState } from '../session-activate';

type Deps = { current: () => OpenState; preferences: PreferencesStore; account: string };

/**
 * "Qui êtes-vous ?" for the open file. The choice is this computer's (its preferences, per data
 * file): another computer, or a file whose directory lacks that person, asks again.
 */
export const createSessionIdentity = ({ current, preferences, account }: Deps) => {
  const get = (): Identity => {
    const author = current().author();
    return { person: author.personId === null ? null : { id: author.personId, name: author.name }, account };
  };
  return {
    get,
    /** Makes `personId` the author of every change and PDF from now on; they must be active in this file's directory. */
    choose: (personId: number): Identity => {
      const open = current();
      const person = open.services.people.list().find((candidate) => candidate.id === personId);
      if (person === undefined || !person.active) {
        const message = person
          ? `${person.name} n’est plus active dans l’annuaire : choisissez une personne active, ou réactivez-la dans l’Annuaire.`
          : 'Cette personne n’est pas dans l’annuaire de ce fichier : choisissez-en une de la liste, ou ajoutez-vous.';
        throw new ServiceError('invalid_input', message, { personId: message });
      }
      open.chosenPersonId = personId;
      try {
        preferences.setAuthor(open.file.path, personId);
      } catch (error) {
        // The choice holds for this session; only remembering it for next time failed.
        console.error('Préférences non enregistrées', error);
      }
      return get();
    },
  };
};

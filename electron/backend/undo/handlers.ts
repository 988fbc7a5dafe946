import type { Handlers, MethodsOf, Api } from '../handlers';
import { ServiceError } from '../errors';
import type { Session } from '../session';

/**
 * Ctrl+Z: the session's last change, and its undo, made through the contract like any change (its
 * rules apply and it writes its own history entry; nothing is erased). The API is passed in so that
 * no import loops back.
 */
export const createUndoHandlers = (apiFor: (session: Session) => Api): Handlers<MethodsOf<'undo'>> => ({
  'undo.last': (_input, session) => {
    const last = session.services().undo.last();
    return last === null ? null : { description: last.description, refusal: last.refusal };
  },
  'undo.apply': async (_input, session) => {
    const memory = session.services().undo;
    const last = memory.last();
    if (last === null) throw new ServiceError('conflict', 'Rien à annuler : aucune modification depuis l’ouverture du fichier.');
    if (last.inverse === null) throw new ServiceError('conflict', `« ${last.description} » : ${last.refusal ?? ''}`);
    const result = await apiFor(session).invoke(last.inverse.method, last.inverse.input);
    if (!result.ok) throw new ServiceError(result.error.code === 'internal' ? 'conflict' : result.error.code, result.error.message);
    memory.forget();
    return { description: last.inverse.description };
  },
});

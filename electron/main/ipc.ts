import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { methodNames } from '../../shared/api/contract';
import { ipcChannel } from '../../shared/api/bridge';
import { fail, type Result } from '../../shared/api/result';
import type { Api } from '../backend/api';
import { isTrustedSender } from './security';

export type SenderCheck = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * True when a message comes from our window's top frame showing our own page. A subframe, another
 * web contents, a destroyed frame or a page that navigated elsewhere is refused.
 */
export const isTrustedIpcEvent = (event: SenderCheck, window: WebContents | null): boolean => {
  const frame = event.senderFrame;
  if (window === null || window.isDestroyed() || frame === null) return false;
  // Frames are compared by their process and routing ids: wrapper objects are not guaranteed to be reused.
  const main = window.mainFrame;
  return (
    event.sender.id === window.id &&
    frame.parent === null &&
    !frame.detached &&
    frame.processId === main.processId &&
    frame.routingId === main.routingId &&
    isTrustedSender(frame.url)
  );
};

const forbidden = fail(
  'forbidden',
  'Appel refusé : seule la fenêtre principale de Sève peut accéder à vos données. Fermez cette fenêtre et relancez Sève.',
);

const unexpected = fail(
  'internal',
  'Une erreur inattendue est survenue. Rien n’a été enregistré pour cette opération. Réessayez ; si cela se reproduit, redémarrez Sève.',
);

/** Where a refused call came from, for the log; reading a disposed frame throws in Electron. */
const describeSender = (event: SenderCheck): string => {
  try {
    return event.senderFrame?.url ?? 'un cadre détruit';
  } catch {
    return 'un cadre détruit';
  }
};

/**
 * One `ipcMain.handle` per contract method. The sender is checked here; the input is parsed
 * against the contract by the api, as in browser mode, because the renderer is untrusted. Whatever
 * goes wrong (a disposed frame, a failure while answering) is logged and answered with a Result:
 * no message, however made, escapes as an exception.
 */
export const registerIpcGate = (ipcMain: Pick<IpcMain, 'handle'>, api: Api, mainContents: () => WebContents | null): void => {
  for (const method of methodNames) {
    ipcMain.handle(ipcChannel(method), async (event, input: unknown): Promise<Result<unknown>> => {
      try {
        if (!isTrustedIpcEvent(event, mainContents())) {
          console.warn(`Appel IPC refusé (${method}) depuis ${describeSender(event)}`);
          return forbidden;
        }
        return await api.invoke(method, input);
      } catch (error) {
        console.error(`Erreur interne pendant ${method}`, error);
        return unexpected;
      }
    });
  }
};

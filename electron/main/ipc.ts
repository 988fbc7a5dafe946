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

/**
 * One `ipcMain.handle` per contract method. The sender is checked here; the input is parsed
 * against the contract by the api, as in browser mode, because the renderer is untrusted.
 */
export const registerIpcGate = (ipcMain: Pick<IpcMain, 'handle'>, api: Api, mainContents: () => WebContents | null): void => {
  for (const method of methodNames) {
    ipcMain.handle(ipcChannel(method), async (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedIpcEvent(event, mainContents())) {
        console.warn(`Appel IPC refusé (${method}) depuis ${event.senderFrame?.url ?? 'un cadre détruit'}`);
        return forbidden;
      }
      try {
        return await api.invoke(method, input);
      } catch (error) {
        // The api turns failures into Results; this catches a failure while doing so, as http.ts does.
        console.error(`Erreur interne pendant ${method}`, error);
        return unexpected;
      }
    });
  }
};

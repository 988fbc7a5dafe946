import type { App, Event, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';

/** The renderer's only origin: a custom standard scheme, never file:// (which would expose the disk). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'seve';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Longest link handed to the operating system; real links are far shorter. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

const parseUrl = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** True for a URL on app://seve exactly: no other host, port or credentials. */
export const isAppUrl = (url: string): boolean => {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
};

/** Whether a frame at this URL may call the API: only our own page, never a remote or file:// one. */
export const isTrustedSender = (frameUrl: string): boolean => isAppUrl(frameUrl);

/** Navigations and redirects may only stay inside the app; anything else would run remote code in our window. */
export const isNavigationAllowed = (url: string): boolean => isAppUrl(url);

// Raw whitespace and control characters are how spoofed or split commands sneak past URL parsers.
const hasWhitespaceOrControl = (value: string): boolean =>
  /\s/.test(value) || [...value].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f);

/**
 * Links handed to the operating system: https: pages and mailto: addresses only. file:, smb:,
 * custom schemes and javascript: could launch programs; credentials in a URL hide the real host.
 */
export const isAllowedExternalUrl = (url: string): boolean => {
  if (url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  if (hasWhitespaceOrControl(url)) return false;
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol === 'https:') {
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  }
  if (parsed.protocol === 'mailto:') {
    const address = parsed.pathname;
    return /^[^@/\\]+@[^@/\\]+$/.test(decodeURIComponentSafe(address));
  }
  return false;
};

const decodeURIComponentSafe = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
};

export type OpenExternal = (url: string) => Promise<void>;

const shorten = (url: string): string => (url.length > 120 ? `${url.slice(0, 120)}…` : url);

/** window.open never creates a window; an allowed link opens in the user's own browser or mail client. */
export const windowOpenHandler =
  (openExternal: OpenExternal) =>
  (details: Pick<HandlerDetails, 'url'>): WindowOpenHandlerResponse => {
    if (isAllowedExternalUrl(details.url)) {
      openExternal(details.url).catch((error: unknown) => console.error(`Lien externe non ouvert : ${shorten(details.url)}`, error));
    } else {
      console.warn(`Ouverture de fenêtre refusée : ${shorten(details.url)}`);
    }
    return { action: 'deny' };
  };

const refuseNavigation = (event: Event & { url: string }): void => {
  if (isNavigationAllowed(event.url)) return;
  event.preventDefault();
  console.warn(`Navigation refusée : ${shorten(event.url)}`);
};

/** Every web contents (windows, and any frame host Chromium creates) gets the same guards. */
export const guardWebContents = (contents: WebContents, openExternal: OpenExternal): void => {
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-frame-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler(openExternal));
};

/**
 * Writing text to the clipboard (Chromium's sanitized write, what `navigator.clipboard.writeText`
 * asks for): « Copier la demande » of the group's extensions. Reading it stays refused.
 */
const CLIPBOARD_WRITE = 'clipboard-sanitized-write';

/**
 * Sève needs no camera, microphone, location, notifications, USB, HID, serial or clipboard reading:
 * every request is refused but writing text to the clipboard.
 */
export const guardSession = (session: Session): void => {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === CLIPBOARD_WRITE));
  session.setPermissionCheckHandler((_contents, permission) => permission === CLIPBOARD_WRITE);
  session.setDevicePermissionHandler(() => false);
};

/** Installs the guards before any window exists, so no web contents is ever unguarded. */
export const installSecurityGuards = (app: App, session: Session, openExternal: OpenExternal): void => {
  guardSession(session);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
};

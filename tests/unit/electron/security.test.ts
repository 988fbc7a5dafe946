import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  guardSession,
  guardWebContents,
  installSecurityGuards,
  isAllowedExternalUrl,
  isAppUrl,
  isNavigationAllowed,
  isTrustedSender,
  windowOpenHandler,
} from '../../../electron/main/security';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('isTrustedSender', () => {
  it.each([APP_ENTRY_URL, 'app://seve/', 'app://seve/index.html#/documents', 'app://seve/index.html?x=1'])('trusts our page %s', (url) => {
    expect(isTrustedSender(url)).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://seve.evil/index.html',
    'app://seve:8080/index.html',
    'app://user:pw@seve/index.html',
    'file:///index.html',
    'https://seve/index.html',
    'http://127.0.0.1:5173/',
    'about:blank',
    'data:text/html,<script>1</script>',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url)).toBe(false);
  });
});

describe('isNavigationAllowed', () => {
  it('keeps navigation inside app://seve', () => {
    expect(isNavigationAllowed('app://seve/index.html')).toBe(true);
    expect(isAppUrl('app://seve/assets/index.js')).toBe(true);
  });

  it.each(['https://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://other/', 'chrome://settings'])(
    'denies %s',
    (url) => {
      expect(isNavigationAllowed(url)).toBe(false);
    },
  );
});

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037398940',
    'https://intranet/qualite',
    'https://example.org:8443/a?b=c#d',
    'mailto:qualite@exemple.fr',
    'mailto:qualite@exemple.fr?subject=Revue%20de%20direction',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://example.org/',
    'file:///C:/Windows/System32/calc.exe',
    'smb://serveur/partage',
    'javascript:alert(1)',
    'data:text/html,x',
    'vbscript:msgbox',
    'ms-settings:privacy',
    'app://seve/index.html',
    'https://user:secret@example.org/',
    'https://user@example.org/',
    'https://exa mple.org/',
    'https://example.org/\nnext',
    ' https://example.org/',
    'https://example.org/\u0000',
    'mailto:',
    'mailto:personne',
    'mailto:a@b@c',
    `https://example.org/${'a'.repeat(2100)}`,
    '',
    'pas une adresse',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('windowOpenHandler', () => {
  it('always denies the new window, and opens only allowed links outside', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const opened: string[] = [];
    const handler = windowOpenHandler(async (url) => {
      opened.push(url);
    });
    expect(handler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://seve/index.html' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(opened).toEqual(['https://example.org/']);
  });
});

// The fakes below stand in for Electron's runtime objects, which cannot run under Node.
type Listener = (...args: unknown[]) => void;

const fakeWebContents = () => {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => unknown) | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => {
      openHandler = handler;
    },
  });
  return { contents: contents as unknown as WebContents, emitter, openHandler: () => openHandler };
};

const navigationEvent = (url: string) => ({ url, defaultPrevented: false, preventDefault: vi.fn() });

describe('guardWebContents', () => {
  it('prevents navigation and redirects away from the app, webviews, and new windows', () => {
    const fake = fakeWebContents();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    guardWebContents(fake.contents, async () => {});

    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = navigationEvent('https://example.org/');
      const inside = navigationEvent('app://seve/index.html');
      fake.emitter.emit(name, away);
      fake.emitter.emit(name, inside);
      expect(away.preventDefault, name).toHaveBeenCalledOnce();
      expect(inside.preventDefault, name).not.toHaveBeenCalled();
    }

    const webview = { preventDefault: vi.fn() };
    fake.emitter.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalledOnce();

    expect(fake.openHandler()?.({ url: 'app://seve/index.html' })).toEqual({ action: 'deny' });
  });
});

describe('guardSession', () => {
  it('refuses every permission request, check and device but writing text to the clipboard', () => {
    const handlers: Record<string, Listener> = {};
    const session = {
      setPermissionRequestHandler: (handler: Listener) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: Listener) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: Listener) => (handlers.device = handler),
    } as unknown as Session;
    guardSession(session);

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem']) {
      const callback = vi.fn();
      handlers.request?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(handlers.check?.({}, permission, 'app://seve', {})).toBe(false);
    }
    expect(handlers.device?.({ deviceType: 'usb', origin: 'app://seve' })).toBe(false);
    // « Copier la demande » writes text; nothing may read the clipboard.
    const callback = vi.fn();
    handlers.request?.({}, 'clipboard-sanitized-write', callback, {});
    expect(callback).toHaveBeenCalledExactlyOnceWith(true);
    expect(handlers.check?.({}, 'clipboard-sanitized-write', 'app://seve', {})).toBe(true);
  });

  it('guards every web contents created after installation', () => {
    const app = new EventEmitter() as unknown as App;
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    } as unknown as Session;
    installSecurityGuards(app, session, async () => {});
    const fake = fakeWebContents();
    (app as unknown as EventEmitter).emit('web-contents-created', {}, fake.contents);
    expect(fake.emitter.listenerCount('will-navigate')).toBe(1);
    expect(fake.openHandler()).not.toBeNull();
  });
});

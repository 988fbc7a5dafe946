import type { SeveBridge } from '../../../shared/api/bridge';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { ApiError, Result } from '../../../shared/api/result';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    seve?: SeveBridge;
  }
}

/** A failed call, carrying the backend's French message and field errors. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly fields: Record<string, string>;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.fields = error.fields ?? {};
  }
}

const TOKEN_KEY = 'seve.sessionToken';

/** Browser mode: the token arrives once in the URL (`?t=`), then lives in this tab's session storage. */
const browserToken = (): string => {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('t');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('t');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
};

let token: string | null = null;

const overHttp = async (method: MethodName, input: unknown): Promise<Result<unknown>> => {
  token ??= browserToken();
  let response: Response;
  try {
    response = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'io_error',
        message: 'Sève ne répond plus : le mode navigateur a peut-être été arrêté. Relancez « npm run browser ».',
      },
    };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `Réponse illisible du serveur local (HTTP ${response.status}).` } };
  }
};

/** Calls one contract method through Electron's bridge or browser mode's HTTP; throws ApiCallError on failure. */
export const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
  const bridge = window.seve;
  const result = bridge
    ? await (bridge[method] as (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>)(input)
    : ((await overHttp(method, input)) as Result<MethodOutput<M>>);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
};

import type { BrowserModeServer } from './browserMode';

/**
 * Calls a contract method on a running browser mode, as the page would (token, JSON), to set up
 * records a test reads but does not drive through their own screens. Throws on a refusal.
 */
export const callApi = async <T = unknown>(server: BrowserModeServer, method: string, input: unknown): Promise<T> => {
  const response = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`${method} a échoué : ${JSON.stringify(result.error)}`);
  return result.value;
};

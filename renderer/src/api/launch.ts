/** Where each of browser mode's launch parameters lives once read. */
const storageKeys = { t: 'seve.sessionToken', today: 'seve.pinnedToday' } as const;
export type LaunchParameter = keyof typeof storageKeys;

let read = false;

/**
 * Browser mode's launch parameters (`?t=` the session token, `?today=` the day `--today` pinned)
 * arrive once in the page's address: they move to this tab's session storage, so a reload keeps
 * them, and leave the address at once, so the token is neither bookmarked nor shared.
 */
export const launchParameter = (name: LaunchParameter): string | null => {
  if (!read) {
    read = true;
    const url = new URL(window.location.href);
    let found = false;
    for (const [parameter, key] of Object.entries(storageKeys)) {
      const value = url.searchParams.get(parameter);
      if (value === null) continue;
      sessionStorage.setItem(key, value);
      url.searchParams.delete(parameter);
      found = true;
    }
    if (found) window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(storageKeys[name]);
};

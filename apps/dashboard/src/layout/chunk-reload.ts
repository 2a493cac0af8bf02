/**
 * A page's code is split into chunks named by their content. After a redeploy the old chunks are gone,
 * so a tab opened before it cannot load a page it has not visited yet: reloading fetches the new
 * version. The reload is made at most once a minute (the time is kept in sessionStorage), so a chunk
 * that is missing for another reason cannot make the page reload for ever.
 */

const KEY = 'sli:chunk-reload-at';
/** A second reload within this time of the last is not made. */
export const RELOAD_GUARD_MS = 60_000;

/** A dynamic import failed: Chromium, Firefox, Safari and Vite's CSS preload each word it differently. */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically imported|Unable to preload CSS/i.test(error.message)
  );
}

/** The address of the chunk the error names, if it names one. */
export function chunkUrl(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  return /(https?:\/\/[^\s'"]+)/.exec(error.message)?.[1] ?? null;
}

/** Whether a reload may be made now, given when the last one was made (epoch ms as text, or nothing). */
export function mayReload(lastReloadAt: string | null, now: number): boolean {
  const last = Number(lastReloadAt);
  return !lastReloadAt || !Number.isFinite(last) || now - last > RELOAD_GUARD_MS || now < last;
}

/** Reloads the page unless it was reloaded for a missing chunk within the last minute; says whether it did. */
export function reloadOnce(
  storage: Pick<Storage, 'getItem' | 'setItem'> = window.sessionStorage,
  now = Date.now(),
  reload: () => void = () => window.location.reload(),
): boolean {
  let last: string | null = null;
  try {
    last = storage.getItem(KEY);
  } catch {
    // Storage refused (private mode): reload anyway only if nothing says it already happened.
  }
  if (!mayReload(last, now)) return false;
  try {
    storage.setItem(KEY, String(now));
  } catch {
    return false; // Without a record of this reload it could loop: let the person choose.
  }
  reload();
  return true;
}

/**
 * Whether the dashboard's server answers at all (any HTTP answer, even 404): a missing chunk on a server
 * that answers means a new version; no answer means the server or the connection is down, and a reload
 * would only show the browser's own error page.
 */
export async function serverAnswers(url = '/'): Promise<boolean> {
  try {
    await fetch(url, { method: 'HEAD', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/** URL search parameters with some changed: a value sets its key, null (or empty) removes it. */
export type UrlPatch = Record<string, string | null | undefined>;

/** A copy of `params` with `patch` applied. */
export function patchParams(params: URLSearchParams, patch: UrlPatch): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(patch)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

/** The search string of `params` with `patch` applied, `?…` or empty, for links. */
export function searchWithPatch(params: URLSearchParams, patch: UrlPatch): string {
  const s = patchParams(params, patch).toString();
  return s ? `?${s}` : '';
}

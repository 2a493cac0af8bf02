import type { ImportResult } from '@sli/exchange-api';

/** One problem the server reports: a field and its reason (with the record's own ref, in an import), or just a message. */
export interface RemoteProblem {
  field?: string;
  message: string;
  ref?: string;
}

export type RemoteOutcome = { ok: true; result: ImportResult } | { ok: false; status: number; problems: RemoteProblem[] };

/**
 * Sends a bundle file's JSON to a running API's `POST /api/import` (bearer token), so a bundle can
 * be imported while the API holds the embedded database. Returns the ImportResult, or the problems
 * the server named (`{ errors: [...] }`, each `{ field, message }` or a GraphQL-style error with `extensions.fields`).
 */
export async function postBundle(server: string, token: string | null, body: Buffer | string, fetchImpl: typeof fetch = fetch): Promise<RemoteOutcome> {
  const url = new URL('/api/import', server).toString();
  let res: Response;
  try {
    res = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
  } catch (error) {
    const reason = (error as { cause?: { code?: string; message?: string } }).cause;
    const cause = reason?.code ?? reason?.message ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, status: 0, problems: [{ message: `cannot reach ${url} (${cause}); is the API running there?` }] };
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, status: res.status, problems: [{ message: `${url} answered HTTP ${res.status} without JSON: ${text.slice(0, 200)}` }] };
  }
  const errors = (json as { errors?: unknown }).errors;
  if (res.ok && !Array.isArray(errors) && isImportResult(json)) return { ok: true, result: json };
  return { ok: false, status: res.status, problems: problemsOf(errors, res.status) };
}

function isImportResult(value: unknown): value is ImportResult {
  const v = value as Partial<ImportResult> | null;
  return Boolean(v && Array.isArray(v.sections) && typeof v.records === 'number');
}

function problemsOf(errors: unknown, status: number): RemoteProblem[] {
  if (!Array.isArray(errors) || errors.length === 0) return [{ message: `the server answered HTTP ${status} with no result and no errors` }];
  return errors.flatMap((e): RemoteProblem[] => {
    const item = e as { field?: unknown; message?: unknown; extensions?: { fields?: RemoteProblem[] } };
    if (Array.isArray(item.extensions?.fields) && item.extensions.fields.length > 0) return item.extensions.fields;
    return [{ ...(typeof item.field === 'string' ? { field: item.field } : {}), message: String(item.message ?? JSON.stringify(e)) }];
  });
}

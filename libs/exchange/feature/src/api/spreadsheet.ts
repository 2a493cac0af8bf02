import { useQuery } from '@tanstack/react-query';
import type { SpreadsheetOutcome } from '@sli/exchange-domain';
import { graphql, request } from '@sli/shared/data-access';
import { importAddress, type ImportRequest } from '../lib/import-words';

const ImportPartnershipsDocument = graphql(`
  query ImportPartnerships {
    partnerships(first: 100) {
      nodes {
        id
        ref
        name
      }
    }
  }
`);

const ImportedReviewsDocument = graphql(`
  query ImportedReviews($partnershipId: ID) {
    reviews(filter: { partnershipId: $partnershipId }, first: 500) {
      nodes {
        id
        ref
      }
    }
  }
`);

/** The user's partnerships with their refs: the import names its partnership by ref. */
export function useImportPartnerships() {
  return useQuery({
    queryKey: ['import', 'partnerships'],
    queryFn: async () => (await request(ImportPartnershipsDocument)).partnerships.nodes,
    staleTime: 5 * 60_000,
  });
}

/** The partnership's reviews by ref, for links to the actions just imported; only once an import is done. */
export function useReviewIds(partnershipId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['import', 'reviews', partnershipId],
    queryFn: async () => new Map((await request(ImportedReviewsDocument, { partnershipId })).reviews.nodes.map((r) => [r.ref, r.id])),
    enabled: enabled && !!partnershipId,
  });
}

/** A file as read when it was chosen: what is previewed is what is committed. */
export interface ChosenFile {
  name: string;
  bytes: ArrayBuffer;
}

/** The import answered: its outcome (a preview, a commit, or a commit refused for its problems). */
export type ImportAnswer = { outcome: SpreadsheetOutcome; errors?: undefined } | { outcome?: undefined; errors: string[] };

/** Sends the file as the request body, with the session cookie, as the dashboard's other uploads and downloads go. */
function post(file: ChosenFile, req: ImportRequest): Promise<Response> {
  return fetch(importAddress(req), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name), 'x-requested-with': 'fetch' },
    body: file.bytes,
  });
}

async function errorsOf(res: Response): Promise<string[]> {
  const json = (res.headers.get('content-type') ?? '').includes('json');
  const body = json ? ((await res.json()) as { errors?: { message?: string }[] }) : null;
  const messages = (body?.errors ?? []).map((e) => e.message).filter((m): m is string => !!m);
  return messages.length > 0 ? messages : [`The server answered ${res.status} ${res.statusText}`.trim()];
}

/** Previews (or, with commit, imports) the file. A commit refused for its problems answers its outcome too (HTTP 422). */
export async function sendSpreadsheet(file: ChosenFile, req: ImportRequest): Promise<ImportAnswer> {
  const res = await post(file, { ...req, format: undefined });
  if (res.ok || res.status === 422) return { outcome: (await res.json()) as SpreadsheetOutcome };
  return { errors: await errorsOf(res) };
}

/** The problems as a workbook (row, column, value, problem), saved under the name the API gives it. */
export async function downloadProblems(file: ChosenFile, req: ImportRequest): Promise<string> {
  const res = await post(file, { ...req, commit: false, format: 'xlsx' });
  if (!res.ok) throw new Error((await errorsOf(res)).join('; '));
  const filename = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'import-problems.xlsx';
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return filename;
}

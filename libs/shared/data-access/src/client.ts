import type { TypedDocumentString } from './gql/graphql';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A GraphQL error as the API sends it: a message, its `extensions.code` (UNAUTHENTICATED, FORBIDDEN,
 * BAD_USER_INPUT, ACCOUNT_LOCKED…) and, for bad input, the fields at fault.
 */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly code: string | null = null,
    /** Every extension the API sent with the error (e.g. `lockedUntil` with ACCOUNT_LOCKED). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

/** No session, an expired one, or a disabled user: the person has to sign in (again). */
export const isUnauthenticated = (error: unknown): boolean => error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED';

/** Signed in, but the role, partnership or agency does not allow this. */
export const isForbidden = (error: unknown): boolean => error instanceof GraphQLRequestError && error.code === 'FORBIDDEN';

/** The code of an answer from a gateway that could not reach the API (502, 503 or 504 without a body). */
const UNREACHABLE = 'SERVER_UNREACHABLE';

/**
 * The API could not be reached at all: the request never got an answer (fetch's TypeError: "Failed to
 * fetch", "NetworkError…", "Load failed"), or a gateway answered that the API is down.
 */
export const isNetworkError = (error: unknown): boolean =>
  (error instanceof TypeError && /fetch|network|load failed/i.test(error.message)) || (error instanceof GraphQLRequestError && error.code === UNREACHABLE);

interface ErrorBody {
  message: string;
  extensions?: { code?: string; fields?: FieldProblem[] } & Record<string, unknown>;
}

/** Sends a typed operation to the API on the same origin (with the session cookie) and returns its data, or throws. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return readResponse<TResult>(res);
}

/** The data of an answer from /graphql, or the error it carries (a request sent elsewhere, e.g. by index.html, read the same way). */
export async function readResponse<TResult>(res: Response): Promise<TResult> {
  // GraphQL errors come with 200, 400, 401 or 403 and a JSON body; anything else is the server or the network.
  const json = (res.headers.get('content-type') ?? '').includes('json');
  if (!json) {
    const code = res.status === 401 ? 'UNAUTHENTICATED' : res.status >= 502 && res.status <= 504 ? UNREACHABLE : null;
    throw new GraphQLRequestError(`The server answered ${res.status} ${res.statusText}`, [], code);
  }
  const body = (await res.json()) as { data?: TResult | null; errors?: ErrorBody[] };
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new GraphQLRequestError(
      first?.message ?? 'Request failed',
      first?.extensions?.fields ?? [],
      first?.extensions?.code ?? null,
      first?.extensions ?? {},
    );
  }
  if (!body.data) throw new GraphQLRequestError(`The server answered ${res.status} without data`);
  return body.data;
}

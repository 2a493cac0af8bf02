import type { TypedDocumentString } from './gql/graphql';

/** A GraphQL error as the API sends it: a message, and for bad input the fields at fault. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** Sends a typed operation to the API on the same origin and returns its data, or throws. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  if (!res.ok && res.status !== 400) throw new GraphQLRequestError(`The server answered ${res.status} ${res.statusText}`);
  const body = (await res.json()) as {
    data?: TResult;
    errors?: { message: string; extensions?: { fields?: { field: string; message: string }[] } }[];
  };
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new GraphQLRequestError(first?.message ?? 'Request failed', first?.extensions?.fields ?? []);
  }
  if (!body.data) throw new GraphQLRequestError('The server sent no data');
  return body.data;
}

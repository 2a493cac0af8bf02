/** Posts one GraphQL request as the benchmark's user; throws on an HTTP error or any GraphQL error. */
export async function postGraphQL(origin: string, token: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const res = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { data?: unknown; errors?: { message: string }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  }
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return body.data;
}

/** Times one request in milliseconds. */
export async function timeGraphQL(origin: string, token: string, query: string, variables: Record<string, unknown>): Promise<number> {
  const start = performance.now();
  await postGraphQL(origin, token, query, variables);
  return performance.now() - start;
}

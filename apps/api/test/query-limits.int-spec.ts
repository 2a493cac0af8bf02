import { loadConfig, queryLimitRules, QUERY_TOO_COMPLEX } from '@sli/shared/api-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';

/**
 * Every operation the dashboard sends (its generated typed documents) must pass the default query
 * limits, or the dashboard would break; and the shapes that took the server down must not.
 */
const root = join(__dirname, '..', '..', '..');
const schema: GraphQLSchema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
const limits = loadConfig({});

/** The documents as the dashboard sends them: the template literals of `new TypedDocumentString(`…`)`. */
function dashboardDocuments(): { name: string; source: string }[] {
  const text = readFileSync(join(root, 'libs/shared/data-access/src/gql/graphql.ts'), 'utf8');
  return [...text.matchAll(/export const (\w+)Document = new TypedDocumentString\(`([\s\S]*?)`/g)].map((m) => ({
    name: m[1] as string,
    source: m[2] as string,
  }));
}

function refusals(source: string): string[] {
  const document = parse(source, { maxTokens: limits.GRAPHQL_MAX_TOKENS });
  return validate(schema, document, [...specifiedRules, ...queryLimitRules(limits)]).map((e) => `${e.extensions['code']}: ${e.message}`);
}

describe('query limits against the dashboard', () => {
  const documents = dashboardDocuments();

  it('finds the dashboard documents', () => {
    // 28 operations at the time of writing; a parse change that found none would pass vacuously.
    expect(documents.length).toBeGreaterThanOrEqual(25);
    expect(documents.map((d) => d.name)).toContain('OverviewHeadlines');
  });

  it.each(documents.map((d) => [d.name, d.source]))('lets the dashboard operation %s through', (_name, source) => {
    expect(refusals(source as string)).toEqual([]);
  });

  it('refuses the 17-level cyclic query by depth', () => {
    let inner = 'id';
    for (let i = 0; i < 16; i++) inner = i % 2 ? `review { ${inner} }` : `actions { ${inner} }`;
    const errors = refusals(`{ reviews { nodes { ${inner} } } }`); // 18 levels of fields
    expect(errors.some((e) => e.startsWith(QUERY_TOO_COMPLEX) && e.includes('maxDepth'))).toBe(true);
  });

  it('refuses 100 aliases of one metric by the alias limit', () => {
    const fields = Array.from({ length: 100 }, (_, i) => `m${i}: partnerships { totalCount }`).join(' ');
    const errors = refusals(`{ ${fields} }`);
    expect(errors.some((e) => e.startsWith(QUERY_TOO_COMPLEX) && e.includes('maxAliases'))).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, GraphQLNonNull, isLeafType } from 'graphql';
import { startTestApi, type TestApi } from './harness';

/**
 * GraphQL lets a client send null for any nullable argument, and `filter: null` must mean "no
 * filter" (issue 12: `reviews(filter: null)` answered "Internal server error"). Every root query
 * whose filter is optional and whose other arguments are optional or have defaults is called with filter: null
 * and must answer like the same call without it.
 */
const schema = buildSchema(readFileSync(join(__dirname, '../schema.gql'), 'utf8'));
const queries = Object.values(schema.getQueryType()?.getFields() ?? {}).filter(
  (f) =>
    f.args.some((a) => a.name === 'filter' && !(a.type instanceof GraphQLNonNull)) &&
    f.args.every((a) => !(a.type instanceof GraphQLNonNull) || a.defaultValue !== undefined),
);

describe('A null filter means no filter', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('finds the list queries to check', () => {
    expect(queries.map((q) => q.name)).toEqual(expect.arrayContaining(['reviews', 'notifications', 'actions']));
  });

  it.each(queries.map((q) => [q.name, q] as const))('%s(filter: null)', async (name, field) => {
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    const withNull = await api.raw(`query { ${name}(filter: null)${selection} }`);
    const without = await api.raw(`query { ${name}${selection} }`);
    expect(withNull.errors?.map((e) => `${e.extensions?.code}: ${e.message}`)).toEqual(
      without.errors?.map((e) => `${e.extensions?.code}: ${e.message}`),
    );
    expect(withNull.data).toEqual(without.data);
  });
});

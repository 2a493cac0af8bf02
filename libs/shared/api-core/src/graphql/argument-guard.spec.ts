import { buildSchema, parse } from 'graphql';
import { argumentProblems } from './argument-guard';

const schema = buildSchema(`
  scalar Date
  input Filter { from: Date, to: Date, overdueAsOf: Date }
  type Action { brag(asOf: Date!): String }
  type Query {
    metrics(filter: Filter, asOf: Date!): Int
    actions(filter: Filter): [Action!]!
    sessions(from: Date, to: Date): Int
  }
`);

const TODAY = '2026-12-06';
const problems = (query: string, variables: Record<string, unknown> = {}) => argumentProblems(schema, parse(query), variables, TODAY);

describe('as-of dates in arguments', () => {
  it('refuses an asOf after today, naming the argument and today', () => {
    expect(problems(`query($asOf: Date!) { metrics(asOf: $asOf) }`, { asOf: '2027-03-31' })).toEqual([
      { field: 'asOf', message: 'must not be after today (6 December 2026)' },
    ]);
    expect(problems(`{ metrics(asOf: "2026-12-07") }`)).toEqual([{ field: 'asOf', message: 'must not be after today (6 December 2026)' }]);
  });

  it('accepts today and any earlier day', () => {
    expect(problems(`{ metrics(asOf: "2026-12-06") }`)).toEqual([]);
    expect(problems(`query($asOf: Date!) { metrics(asOf: $asOf) }`, { asOf: '2019-04-01' })).toEqual([]);
  });

  it('checks field arguments and input fields named …AsOf too, by their path', () => {
    expect(problems(`{ actions { brag(asOf: "2027-01-01") } }`)).toEqual([{ field: 'asOf', message: expect.stringMatching(/after today/) }]);
    expect(problems(`query($f: Filter) { actions(filter: $f) { brag(asOf: "2026-01-01") } }`, { f: { overdueAsOf: '2030-01-01' } })).toEqual([
      { field: 'filter.overdueAsOf', message: expect.stringMatching(/after today/) },
    ]);
  });

  it('leaves period ends in the future alone: a range may run past today', () => {
    expect(problems(`{ metrics(filter: { from: "2026-04-01", to: "2027-03-31" }, asOf: "2026-12-06") sessions(to: "2027-03-31") }`)).toEqual([]);
  });

  it('leaves a malformed date to the Date scalar', () => {
    expect(problems(`query($asOf: Date!) { metrics(asOf: $asOf) }`, { asOf: '9999' })).toEqual([]);
  });
});

describe('one document asked again', () => {
  it('checks each request’s own variables: the document’s arguments are kept, their values are not', () => {
    const document = parse(`query($asOf: Date!, $f: Filter) { metrics(asOf: $asOf, filter: $f) }`);
    expect(argumentProblems(schema, document, { asOf: '2027-01-01' }, TODAY)).toEqual([{ field: 'asOf', message: expect.stringMatching(/after today/) }]);
    expect(argumentProblems(schema, document, { asOf: '2026-01-01' }, TODAY)).toEqual([]);
    expect(argumentProblems(schema, document, { asOf: '2026-01-01', f: { overdueAsOf: '2030-01-01' } }, TODAY)).toEqual([
      { field: 'filter.overdueAsOf', message: expect.stringMatching(/after today/) },
    ]);
  });
});

import { parseValue, valueFromAST } from 'graphql';
import { JSONScalar } from './json.scalar';

describe('JSONScalar', () => {
  it('passes variables through untouched', () => {
    const value = { a: [1, 'x', null, { b: true }] };
    expect(JSONScalar.parseValue(value)).toBe(value);
    expect(JSONScalar.serialize(value)).toBe(value);
  });

  it('reads an inline literal, variables included', () => {
    const ast = parseValue('{ format: "sli-bundle", version: 1, ratio: 0.5, ok: true, none: null, list: [1, $v], kind: CHILDREN }');
    expect(valueFromAST(ast, JSONScalar, { v: 'from variable' })).toEqual({
      format: 'sli-bundle',
      version: 1,
      ratio: 0.5,
      ok: true,
      none: null,
      list: [1, 'from variable'],
      kind: 'CHILDREN',
    });
  });
});

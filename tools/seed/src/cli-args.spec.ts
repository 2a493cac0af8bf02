import { parseArgs } from './cli-args';
import { DEFAULT_OPTIONS, NATIONAL_OPTIONS } from './generate';

describe(parseArgs.name, () => {
  it('defaults to the demo and data/demo-bundle.json', () => {
    expect(parseArgs([])).toEqual({ options: DEFAULT_OPTIONS, out: 'data/demo-bundle.json', check: false, help: false });
  });

  it('applies the national preset, then explicit flags in any order', () => {
    const args = parseArgs(['--years', '3', '--national', '--seed', '7', '--out', 'x.json', '--check']);
    expect(args.options).toEqual({ ...NATIONAL_OPTIONS, years: 3, seed: 7 });
    expect(args.out).toBe('x.json');
    expect(args.check).toBe(true);
  });

  it('names the flag that is wrong', () => {
    expect(() => parseArgs(['--seed', 'abc'])).toThrow('--seed needs a whole number, got "abc"');
    expect(() => parseArgs(['--out'])).toThrow('--out needs a value');
    expect(() => parseArgs(['--partnership', '2'])).toThrow('unknown option "--partnership"');
  });
});

import { parseExportArgs } from './args';

describe(parseExportArgs.name, () => {
  it('takes a file and any number of partnerships', () => {
    expect(parseExportArgs(['out.json'])).toEqual({ file: 'out.json', partnerships: null });
    expect(parseExportArgs(['out.json', '--partnership', 'A', '--partnership=B', '-p', 'C'])).toEqual({
      file: 'out.json',
      partnerships: ['A', 'B', 'C'],
    });
    expect(parseExportArgs(['--partnership', 'A', 'out.json'])).toEqual({ file: 'out.json', partnerships: ['A'] });
  });

  it('refuses what it does not understand', () => {
    expect(parseExportArgs([])).toBeNull();
    expect(parseExportArgs(['out.json', '--partnership'])).toBeNull();
    expect(parseExportArgs(['out.json', 'other.json'])).toBeNull();
    expect(parseExportArgs(['out.json', '--verbose'])).toBeNull();
  });
});

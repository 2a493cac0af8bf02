import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateBundle } from './generate';
import { formatBundle, writeBundleFile } from './write-bundle';

describe(writeBundleFile.name, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'seed-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes JSON that parses back to the same bundle, one record per line', () => {
    const bundle = generateBundle({ partnerships: 2, years: 2 });
    const path = join(dir, 'nested', 'bundle.json');
    const bytes = writeBundleFile(bundle, path);
    const text = readFileSync(path, 'utf8');
    expect(Buffer.byteLength(text)).toBe(bytes);
    expect(JSON.parse(text)).toEqual(bundle);
    expect(text.split('\n')[5]).toBe(`    ${JSON.stringify(bundle.partnerships[0])},`);
  });

  it('formats empty sections and a bundle without generatedAt', () => {
    let text = '';
    formatBundle({ format: 'sli-bundle', version: 1, partnerships: [], agencies: [] }, (c) => (text += c));
    expect(JSON.parse(text)).toEqual({ format: 'sli-bundle', version: 1, partnerships: [], agencies: [] });
  });
});

import { PassThrough } from 'node:stream';
import { bundleJson, writePieces } from './bundle-writer';

describe('bundleJson', () => {
  const bundle = {
    format: 'sli-bundle',
    version: 1,
    partnerships: [{ ref: 'P', name: 'P "quoted"', kind: 'children' }],
    agencies: [],
    reviews: [{ partnership: 'P', ref: 'R1' }, { partnership: 'P', ref: 'R2', agencies: ['A', 'B'] }],
  };

  it('writes valid JSON that parses back to the bundle, one record per line', () => {
    const text = [...bundleJson(bundle)].join('');
    expect(JSON.parse(text)).toEqual(bundle);
    expect(text.split('\n')).toContain('    {"partnership":"P","ref":"R1"},');
    expect(text).toContain('"agencies": [],');
  });

  it('streams the pieces to a writable', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writePieces(out, bundleJson(bundle));
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toEqual(bundle);
  });
});

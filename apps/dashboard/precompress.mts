import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const gz = promisify(gzip);
const br = promisify(brotliCompress);
/** Text files worth compressing; below ~1 KB the headers outweigh the saving. */
const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;
const MIN_BYTES = 1024;

/**
 * Writes `<file>.gz` and `<file>.br` beside every built text file, once, at the highest levels
 * (brotli 11, gzip 9): too slow to do per request, free when done at build time. The API serves
 * them by `Accept-Encoding` (apps/api/src/dashboard-static.ts). Plain node:zlib: no dependency.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'sli-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(outDir, name);
          const raw = await readFile(path);
          if (raw.length < MIN_BYTES) return;
          const brotliParams = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length };
          await writeFile(`${path}.gz`, await gz(raw, { level: 9 }));
          await writeFile(`${path}.br`, await br(raw, { params: brotliParams }));
        }),
      );
    },
  };
}

import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BENCHMARKS_DOC, readSection, writeSection } from './benchmarks-doc';
import { entryAndOverviewKeys, readManifest, type Manifest } from './dashboard-manifest';
import { startApi } from './in-process-api';

/**
 * Dashboard first-load benchmark: follows the built dashboard's module graph (Vite's manifest) from
 * index.html to everything the overview (`/`) needs before its first paint — the entry and its static
 * imports, the overview page chunk and its static imports, their CSS — and reports each file's raw,
 * gzip (9) and brotli (11) bytes, then fetches each from the API as a browser would to record the bytes
 * actually sent, `content-encoding` and `cache-control`. Writes "## Dashboard first load" in
 * docs/benchmarks.md (a row per run; the files of the latest run).
 *
 * `npm run bench:web` (builds, then boots the API in-process on PGlite in memory), or
 * `node dist/api/tools/bench/src/web-bench.js --dir dist/dashboard --url http://127.0.0.1:3000` against a running API.
 */
const HEADING = '## Dashboard first load (`npm run bench:web`)';
const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';

interface FirstLoadFile {
  file: string;
  role: string;
}

interface Measured extends FirstLoadFile {
  raw: number;
  gzip: number;
  brotli: number;
  served: number;
  encoding: string;
  cacheControl: string;
}

/** index.html, then the entry's static graph, then the overview page's: each file once, in load order. */
export function firstLoadFiles(manifest: Manifest): FirstLoadFile[] {
  const { entryKey, overviewKey } = entryAndOverviewKeys(manifest);
  const seen = new Set<string>(['index.html']);
  const files: FirstLoadFile[] = [{ file: 'index.html', role: 'html' }];
  const add = (file: string, role: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push({ file, role });
  };
  const walk = (key: string, role: string, depth: number) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest: ${key} is imported but not listed`);
    add(chunk.file, depth === 0 ? role : `${role} import`);
    for (const css of chunk.css ?? []) add(css, `${role} CSS`);
    for (const imported of chunk.imports ?? []) walk(imported, role, depth + 1);
  };
  walk(entryKey, 'entry', 0);
  walk(overviewKey, 'overview page', 0);
  return files;
}

/** A GET as a browser's: compressed encodings accepted, nothing decompressed, so the length is what went over the wire. */
function fetchRaw(url: string): Promise<{ status: number; bytes: number; encoding: string; cacheControl: string }> {
  return new Promise((done, fail) => {
    get(url, { headers: { accept: '*/*', 'accept-encoding': BROWSER_ENCODINGS } }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          bytes,
          encoding: String(res.headers['content-encoding'] ?? 'none'),
          cacheControl: String(res.headers['cache-control'] ?? 'none'),
        }),
      );
      res.on('error', fail);
    }).on('error', fail);
  });
}

async function measure(dir: string, origin: string, files: FirstLoadFile[]): Promise<Measured[]> {
  const out: Measured[] = [];
  for (const f of files) {
    const bytes = readFileSync(join(dir, f.file));
    const res = await fetchRaw(`${origin}/${f.file === 'index.html' ? '' : f.file}`);
    if (res.status !== 200) throw new Error(`GET /${f.file} answered ${res.status}: is the API serving ${dir}?`);
    out.push({
      ...f,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      served: res.bytes,
      encoding: res.encoding,
      cacheControl: res.cacheControl,
    });
  }
  return out;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sum = (rows: Measured[], key: 'raw' | 'gzip' | 'brotli' | 'served') => rows.reduce((s, r) => s + r[key], 0);
const isJs = (r: Measured) => r.file.endsWith('.js');

function render(rows: Measured[], previousRuns: string[], origin: string, label: string): string {
  const date = new Date().toISOString().slice(0, 10);
  const js = rows.filter(isJs);
  const assets = rows.filter((r) => r.file.startsWith('assets/'));
  const compressed = rows.filter((r) => r.encoding !== 'none').length;
  const immutable = assets.filter((r) => /immutable/.test(r.cacheControl)).length;
  const html = rows.find((r) => r.file === 'index.html');
  const run =
    `| ${date} | ${label} | ${js.length} JS + ${rows.length - js.length - 1} CSS | ${kb(sum(js, 'raw'))} | ${kb(sum(js, 'gzip'))} | ` +
    `${kb(sum(js, 'brotli'))} | ${kb(sum(rows, 'served'))} | ${compressed}/${rows.length} | ${immutable}/${assets.length} | ${html?.cacheControl ?? '?'} |`;
  return [
    'What the overview (`/`) loads before its first paint, read from the build\'s module graph',
    '(`dist/dashboard/.vite/manifest.json`): index.html, the entry and its static imports, the overview',
    'page chunk and its static imports, and their CSS. JS columns count JavaScript only (the issue-12',
    'target: ≤ 200 KB gzipped); "served" is every file as fetched from the API with a browser\'s',
    `\`accept-encoding: ${BROWSER_ENCODINGS}\`, headers included in none of the figures.`,
    '',
    '| date | build | files | JS raw | JS gzip | JS brotli | served (all files) | compressed | immutable assets | index.html cache |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...previousRuns,
    run,
    '',
    `### Files of the latest run (${date}, ${origin.startsWith('http://127.0.0.1') ? 'API on loopback' : origin})`,
    '',
    '| file | role | raw | gzip | brotli | served | content-encoding | cache-control |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.file} | ${r.role} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${kb(r.served)} | ${r.encoding} | ${r.cacheControl} |`,
    ),
  ].join('\n');
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dir = resolve(arg('dir') ?? 'dist/dashboard');
  const label = arg('label') ?? 'this build';
  const files = firstLoadFiles(readManifest(dir));

  const url = arg('url');
  const started = url ? null : await startApi(dir);
  try {
    const rows = await measure(dir, url ?? (started as { origin: string }).origin, files);
    const previousRuns = readSection(BENCHMARKS_DOC, HEADING)
      .split('\n')
      .filter((l) => /^\| \d{4}-\d{2}-\d{2} \|/.test(l));
    writeSection(BENCHMARKS_DOC, HEADING, render(rows, previousRuns, url ?? 'loopback', label));
    const js = rows.filter(isJs);
    process.stdout.write(
      `${rows.length} files; JS ${kb(sum(js, 'raw'))} raw, ${kb(sum(js, 'gzip'))} gzip, ${kb(sum(js, 'brotli'))} brotli; ` +
        `served ${kb(sum(rows, 'served'))} in all (${BENCHMARKS_DOC})\n`,
    );
  } finally {
    await started?.app.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

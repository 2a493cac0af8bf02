import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApi, type TestApi } from './harness';

/**
 * The API serves the built dashboard (apps/api/src/dashboard-static.ts): hashed assets precompressed
 * and cached for a year, index.html compressed and always revalidated, deep links answered with
 * index.html. Nothing is built: a folder laid out as `vite build` leaves it, .gz and .br included.
 */
const DIR = mkdtempSync(join(tmpdir(), 'sli-dashboard-static-'));
const INDEX = `<!doctype html><title>Dashboard</title><script type="module" src="/assets/index-Ab3_x-9Z.js"></script>${'<!-- padding -->'.repeat(80)}`;
const SCRIPT = `export const greeting = ${JSON.stringify('hello '.repeat(500))};\n`;
const CSS = 'body { margin: 0 }\n';
const BROWSER_HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

function writeWithSiblings(path: string, text: string): void {
  writeFileSync(path, text);
  writeFileSync(`${path}.gz`, gzipSync(text));
  writeFileSync(`${path}.br`, brotliCompressSync(text));
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A GET with node:http, which (unlike fetch) neither adds Accept-Encoding nor decompresses. */
function rawGet(url: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

describe('dashboard static files', () => {
  let api: TestApi;
  const saved = process.env['DASHBOARD_DIR'];
  const asset = (path: string, headers: Record<string, string> = {}) => rawGet(`${api.origin}${path}`, headers);

  beforeAll(async () => {
    mkdirSync(join(DIR, 'assets'));
    writeWithSiblings(join(DIR, 'index.html'), INDEX);
    writeWithSiblings(join(DIR, 'assets', 'index-Ab3_x-9Z.js'), SCRIPT);
    // Too small to be worth compressing: the build leaves it alone.
    writeFileSync(join(DIR, 'assets', 'index-Cd4e5F6g.css'), CSS);
    writeFileSync(join(DIR, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    process.env['DASHBOARD_DIR'] = DIR;
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.close();
    if (saved === undefined) delete process.env['DASHBOARD_DIR'];
    else process.env['DASHBOARD_DIR'] = saved;
    rmSync(DIR, { recursive: true, force: true });
  });

  it('sends a hashed script as brotli when accepted, cached for a year as immutable', async () => {
    const res = await asset('/assets/index-Ab3_x-9Z.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(res.headers['accept-ranges']).toBeUndefined();
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 10);
  });

  it('falls back to gzip, then to the plain file, as Accept-Encoding allows', async () => {
    const gz = await asset('/assets/index-Ab3_x-9Z.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    const refused = await asset('/assets/index-Ab3_x-9Z.js', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(SCRIPT);

    const none = await asset('/assets/index-Ab3_x-9Z.js');
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(none.body.toString()).toBe(SCRIPT);
  });

  it('sends a hashed file without compressed siblings as it is, still immutable', async () => {
    const res = await asset('/assets/index-Cd4e5F6g.css', { 'accept-encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body.toString()).toBe(CSS);
  });

  it('keeps the security headers on static files', async () => {
    const res = await asset('/assets/index-Ab3_x-9Z.js', { 'accept-encoding': 'br' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends index.html compressed and never cached without revalidation, at / and on deep links', async () => {
    for (const path of ['/', '/reviews/123', '/oba/measures?tab=2']) {
      const res = await asset(path, { accept: BROWSER_HTML, 'accept-encoding': 'gzip, deflate, br' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['etag']).toBeTruthy();
      expect(brotliDecompressSync(res.body).toString()).toBe(INDEX);
    }
    const direct = await asset('/index.html', { accept: BROWSER_HTML });
    expect(direct.headers['cache-control']).toBe('no-cache');
    expect(direct.body.toString()).toBe(INDEX);
  });

  it('keeps an hour for other files, and a missing asset is a 404, not index.html', async () => {
    const icon = await asset('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');

    const missing = await asset('/assets/index-Zz9Zz9Zz.js', { accept: '*/*' });
    expect(missing.status).toBe(404);
  });

  it('does not serve index.html for the API', async () => {
    const res = await asset('/health/live', { accept: BROWSER_HTML });
    expect(res.headers['content-type']).not.toMatch(/^text\/html/);
  });
});

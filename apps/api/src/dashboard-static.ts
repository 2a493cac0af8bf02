import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/** Routes of the API itself, never answered with the dashboard's index.html. */
const API_PATHS = ['/graphql', '/auth/', '/api/', '/health'];
/** Nor a missing asset (an old build's chunk): a 404, not a page the browser would refuse as a script. */
const NOT_PAGES = [...API_PATHS, '/assets/'];
/** Vite's content-hashed build output (`/assets/index-Czm_jI5p.js`): its name changes whenever its bytes do. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.(?:js|css)$/;
/** A hashed asset never changes under its name: browsers and proxies keep it a year without asking. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current assets: always revalidated (cheaply, by ETag), so a release shows at once. */
const REVALIDATE = 'no-cache';
/** Other files in the build (icons...): an hour, as before. */
const SHORT = 'public, max-age=3600';
/** Precompressed siblings written at build time (apps/dashboard/precompress.mts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * In production the API serves the built dashboard on the same port: one process, one URL.
 * Hashed assets and index.html go out precompressed (brotli, else gzip, as the request's
 * Accept-Encoding allows) with their caching; any GET that is not the API and accepts HTML gets
 * index.html, so deep links work. Security headers are set before this, as for every response.
 */
export function serveDashboard(app: NestExpressApplication, dir = resolve(process.env['DASHBOARD_DIR'] ?? 'dist/dashboard')): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !HASHED_ASSET.test(req.path)) return next();
    const file = join(dir, req.path);
    if (!existsSync(file)) return next();
    sendPrecompressed(req, res, next, file, IMMUTABLE);
  });
  app.useStaticAssets(dir, {
    index: false,
    // Runs before serve-static's own Cache-Control, which then leaves this one alone.
    setHeaders: (res, path) => res.setHeader('Cache-Control', path === index ? REVALIDATE : SHORT),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || NOT_PAGES.some((p) => req.path.startsWith(p)) || !req.accepts('html')) return next();
    sendPrecompressed(req, res, next, index, REVALIDATE);
  });
}

/** Sends `file` or its best precompressed sibling the client accepts, with `Vary: Accept-Encoding`. */
function sendPrecompressed(req: Request, res: Response, next: NextFunction, file: string, cacheControl: string): void {
  const encoding = ENCODINGS.find((e) => existsSync(file + e.suffix) && req.acceptsEncodings(e.name) === e.name);
  res.vary('Accept-Encoding');
  res.setHeader('Cache-Control', cacheControl);
  if (encoding) {
    // The type is the original file's, not `.br`'s; no ranges, which would slice the compressed bytes.
    res.type(extname(file));
    res.setHeader('Content-Encoding', encoding.name);
  }
  res.sendFile(encoding ? file + encoding.suffix : file, { cacheControl: false, acceptRanges: !encoding }, (error?: Error) => {
    if (error) next(error);
  });
}

import express, { type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config';
import { rootLogger } from '../logging/logger';

/** Where bundles are uploaded; it takes its own, much larger body limit (IMPORT_BODY_LIMIT). */
export const IMPORT_PATH = '/api/import';

/** The signed-in user, set by the sign-in middleware before GraphQL (absent for anonymous requests). */

/** The dashboard's pages made to be framed by other sites (a published scorecard). */
export const EMBED_PAGES = '/embed/';

const STRICT_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers. The dashboard is a Vite build: scripts and stylesheets are files from this
 * origin; Recharts and React set `style` attributes, hence `'unsafe-inline'` for styles only.
 * No `upgrade-insecure-requests`: the API serves plain HTTP on a loopback address by default.
 */
export function securityHeaders(config: Pick<AppConfig, 'NODE_ENV'>): RequestHandler {
  const strict = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: STRICT_DIRECTIVES },
    crossOriginEmbedderPolicy: false,
  });
  // A published scorecard's page is made to be framed by the partnership's website: any site may embed it.
  const embeddable = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...STRICT_DIRECTIVES, frameAncestors: ['*'] } },
    crossOriginEmbedderPolicy: false,
    frameguard: false,
  });
  const forPath: RequestHandler = (req, res, next) => (req.method === 'GET' && req.path.startsWith(EMBED_PAGES) ? embeddable(req, res, next) : strict(req, res, next));
  if (config.NODE_ENV === 'production') return forPath;
  // Outside production, GET /graphql serves Apollo's sandbox page, which loads its scripts from Apollo's CDN.
  const sandbox = helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  return (req, res, next) => (req.method === 'GET' && req.path === '/graphql' ? sandbox(req, res, next) : forPath(req, res, next));
}

/** JSON body parser for everything but the bundle upload: GRAPHQL_BODY_LIMIT (1 MB by default). */
export function jsonBodyParser(config: Pick<AppConfig, 'GRAPHQL_BODY_LIMIT'>): RequestHandler {
  const parse = express.json({ limit: config.GRAPHQL_BODY_LIMIT });
  return (req, res, next) => (req.path === IMPORT_PATH || req.path.startsWith(`${IMPORT_PATH}/`) ? next() : parse(req, res, next));
}

/** Turns body-parser failures (too large, malformed JSON) into clear JSON errors instead of HTML pages. */
export function bodyErrorHandler(config: Pick<AppConfig, 'GRAPHQL_BODY_LIMIT'>): ErrorRequestHandler {
  return (error: { type?: string; status?: number; limit?: number }, _req, res, next) => {
    if (error?.type === 'entity.too.large') {
      res.status(413).json({
        errors: [
          {
            message: `The request body is larger than the limit of ${config.GRAPHQL_BODY_LIMIT} (GRAPHQL_BODY_LIMIT); send bundles to ${IMPORT_PATH} or with npm run import`,
            extensions: { code: 'PAYLOAD_TOO_LARGE', limit: config.GRAPHQL_BODY_LIMIT },
          },
        ],
      });
      return;
    }
    if (error?.type === 'entity.parse.failed') {
      res.status(400).json({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    next(error);
  };
}

/** The rate-limit key: the signed-in user when there is one, else the client address (IPv6 by /56). */
export function rateLimitKey(req: Request): string {
  const userId = req.auth?.caller?.userId;
  return userId ? `user:${userId}` : `ip:${ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown')}`;
}

function limiter(perMinute: number, scope: string, keyGenerator: (req: Request) => string): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator,
    handler: (req, res, _next, options) => {
      const retryAfter = res.getHeader('retry-after') ?? Math.ceil(options.windowMs / 1000);
      rootLogger.warn({ code: 'RATE_LIMITED', scope, path: req.path }, 'rate limit reached');
      res.status(options.statusCode).json({
        errors: [
          {
            message: `Too many requests: the limit is ${perMinute} per minute ${scope}; try again in ${retryAfter} s`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Number(retryAfter) },
          },
        ],
      });
    },
  });
}

/**
 * Rate limits: RATE_LIMIT_PER_MINUTE per signed-in user or client address on everything but the
 * health checks, and AUTH_RATE_LIMIT_PER_MINUTE per address on POST /auth/* (sign-in). 0 turns one off.
 * Mount after the sign-in middleware so `req.auth` is known.
 */
/** A sign-in attempt: single sign-on routes, or the GraphQL signIn mutation (the body is parsed by now). */
function isSignIn(req: Request): boolean {
  if (req.path.startsWith('/auth/')) return true;
  const query = (req.body as { query?: unknown } | undefined)?.query;
  return req.method === 'POST' && req.path === '/graphql' && typeof query === 'string' && /\bsignIn\s*\(/.test(query);
}

export function rateLimits(config: Pick<AppConfig, 'RATE_LIMIT_PER_MINUTE' | 'AUTH_RATE_LIMIT_PER_MINUTE'>): RequestHandler[] {
  const handlers: RequestHandler[] = [];
  if (config.AUTH_RATE_LIMIT_PER_MINUTE > 0) {
    const auth = limiter(config.AUTH_RATE_LIMIT_PER_MINUTE, 'per address for sign-in', (req) => `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`);
    handlers.push((req, res, next) => (isSignIn(req) ? auth(req, res, next) : next()));
  }
  if (config.RATE_LIMIT_PER_MINUTE > 0) {
    const general = limiter(config.RATE_LIMIT_PER_MINUTE, 'per user or address', rateLimitKey);
    handlers.push((req, res, next) => (req.path.startsWith('/health/') ? next() : general(req, res, next)));
  }
  return handlers;
}

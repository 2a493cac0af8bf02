import type { LoggerService, LogLevel } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

interface RequestScope {
  requestId: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/**
 * The process's one structured logger: one JSON line per event, each carrying the request id of the
 * request it belongs to (from AsyncLocalStorage). It never logs request bodies, SQL parameters or
 * free text; `LOG_QUERIES=true` is the only switch that lets SQL through (TypeORM's own logger).
 */
export const rootLogger: Logger = pino({
  level: process.env['LOG_LEVEL'] ?? 'info',
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  mixin: () => {
    const s = scope.getStore();
    return s ? { requestId: s.requestId } : {};
  },
});

/** The request id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a well-formed `x-request-id` from the caller (e.g. a proxy), otherwise generates one. */
function requestIdOf(req: Request): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Express middleware: assigns the request id (header `x-request-id` in and out), runs the rest of
 * the request inside its scope, and logs one line per response: method, path without query string,
 * status, duration. Client errors (4xx) are warnings, server errors errors.
 */
export function requestLogging(): (req: Request, res: Response, next: NextFunction) => void {
  const http = pinoHttp({
    logger: rootLogger,
    genReqId: (req, res) => {
      const id = requestIdOf(req as Request);
      res.setHeader('x-request-id', id);
      return id;
    },
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customSuccessMessage: (req, res) => `${req.method} ${(req.url ?? '').split('?')[0]} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${(req.url ?? '').split('?')[0]} ${res.statusCode}`,
  });
  return (req, res, next) => {
    http(req, res);
    scope.run({ requestId: String(req.id) }, next);
  };
}

const NEST_LEVELS: Record<LogLevel, 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal'> = {
  log: 'info',
  error: 'error',
  warn: 'warn',
  debug: 'debug',
  verbose: 'trace',
  fatal: 'fatal',
};

/** Nest's logger interface on top of the pino logger, so Nest's own messages are JSON lines too. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly levels?: LogLevel[]) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (this.levels && !this.levels.includes(level)) return;
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const stack = level === 'error' && typeof rest[0] === 'string' && rest.length > 1 ? rest[0] : undefined;
    const fields = { ...(context ? { context } : {}), ...(stack ? { stack } : {}) };
    if (message instanceof Error) rootLogger[NEST_LEVELS[level]]({ ...fields, err: message }, message.message);
    else rootLogger[NEST_LEVELS[level]](fields, typeof message === 'string' ? message : JSON.stringify(message));
  }
}

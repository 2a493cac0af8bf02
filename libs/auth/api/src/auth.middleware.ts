import { Injectable, NestMiddleware } from '@nestjs/common';
import { databaseFailure, NO_SCOPE, partnershipScope, runInScope, type DbScope } from '@sli/shared/api-core';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { AuthService } from './auth.service';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Routes that act on behalf of the signed-in caller: GraphQL and the bundle upload. */
const CALLER_PATHS = ['/graphql', '/api'];

/**
 * Runs before every route: on the API's routes, works out who is calling (session cookie or bearer
 * token), then runs the rest of the request in that caller's database scope, so row-level security and the change history
 * see the same user the API does. Nobody signed in: a scope with no partnership at all.
 */
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(private readonly auth: AuthService) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    // The request logger (pino-http) has already given the request its id; reuse it.
    const logged = (req as { id?: unknown }).id;
    const given = req.header('x-request-id');
    const requestId = typeof logged === 'string' && logged ? logged : given && REQUEST_ID.test(given) ? given : randomUUID();
    if (!res.getHeader('x-request-id')) res.setHeader('x-request-id', requestId);
    // Only the API acts for a caller. Health checks, the dashboard's files and the single sign-on
    // routes need no one signed in: no session look-up for them (health reports the database itself).
    if (!CALLER_PATHS.some((p) => req.path === p || req.path.startsWith(`${p}/`))) {
      req.auth = { requestId };
      runInScope({ ...NO_SCOPE, requestId }, () => next());
      return;
    }
    try {
      const found = await this.auth.authenticate({ authorization: req.header('authorization'), cookie: req.header('cookie') });
      req.auth = { ...found, requestId };
    } catch (error) {
      // Sign-in is checked before GraphQL: a database that is busy or gone answers like GraphQL would.
      const failure = databaseFailure(error);
      if (!failure) {
        next(error);
        return;
      }
      res.status(503).setHeader('retry-after', '5');
      res.json({ errors: [{ message: failure.message, extensions: { code: failure.code, requestId } }] });
      return;
    }
    const caller = req.auth.caller;
    const scope: DbScope = {
      role: 'app',
      partnerships: partnershipScope(caller),
      actorId: caller?.userId ?? null,
      actor: caller?.email ?? 'anonymous',
      requestId,
    };
    runInScope(scope, () => next());
  }
}

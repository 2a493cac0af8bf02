import type { Request, Response } from 'express';
import type { Caller } from '../auth/caller';
import { Loaders } from './loaders';

/** What the sign-in middleware leaves on each request. */
export interface RequestAuth {
  caller?: Caller;
  /** Why a credential that was sent did not sign anyone in. */
  problem?: string;
  sessionExpiresAt?: Date;
  requestId: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    auth?: RequestAuth;
  }
}

/** What every resolver can read about the current request. */
export interface RequestContext {
  req: Request;
  res: Response;
  loaders: Loaders;
  /** The signed-in user, if any; the permission guard has already checked the operation. */
  caller?: Caller;
  /** Who is acting, in words, recorded on action updates: the signed-in user's name, never a header. */
  actor: string;
}

export function createRequestContext({ req, res }: { req: Request; res: Response }): RequestContext {
  const caller = req.auth?.caller;
  return { req, res, loaders: new Loaders(), caller, actor: caller ? caller.name : 'anonymous' };
}

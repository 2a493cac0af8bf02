import type { Request } from 'express';
import { Loaders } from './loaders';

/** What every resolver can read about the current request. */
export interface RequestContext {
  req: Request;
  loaders: Loaders;
  /** Who is acting, recorded on action updates and change history. Sign-in replaces the header. */
  actor: string;
}

export function createRequestContext({ req }: { req: Request }): RequestContext {
  const header = req.header('x-actor')?.trim();
  return { req, loaders: new Loaders(), actor: header && header.length <= 200 ? header : 'anonymous' };
}

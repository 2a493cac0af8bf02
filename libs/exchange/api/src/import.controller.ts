import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { isAllowed, PERMISSIONS } from '@sli/auth-api';
import { APP_CONFIG, AppConfig, IMPORT_PATH } from '@sli/shared/api-core';
import express, { type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { GuardedExchange } from './guarded-exchange.service';

/**
 * `POST /api/import`: a whole bundle as the request body (up to IMPORT_BODY_LIMIT), for bundles too
 * large for a GraphQL request and for `npm run import -- FILE --server URL`. Same rules as the
 * importBundle mutation: signed in (a bearer token), a role allowed to import, own partnerships only.
 * Answers the ImportResult as JSON, or `{ errors: [...] }` like a GraphQL error.
 */
@Controller()
export class ImportController {
  private readonly parse: express.RequestHandler;
  private readonly limit: string;

  constructor(
    private readonly exchange: GuardedExchange,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.parse = express.json({ limit: config.IMPORT_BODY_LIMIT });
    this.limit = config.IMPORT_BODY_LIMIT;
  }

  @Post(IMPORT_PATH)
  @HttpCode(200)
  async importBundle(@Req() req: Request, @Res() res: Response): Promise<void> {
    const caller = req.auth?.caller;
    if (!caller) return fail(res, 401, 'UNAUTHENTICATED', req.auth?.problem ?? 'Send a personal access token: Authorization: Bearer sli_pat_…');
    if (!isAllowed(PERMISSIONS['importBundle'], caller.role)) {
      return fail(res, 403, 'FORBIDDEN', `Your role (${caller.role}) may not import bundles`);
    }
    try {
      await new Promise<void>((resolve, reject) => this.parse(req, res, (error?: unknown) => (error ? reject(error) : resolve())));
    } catch (error) {
      const type = (error as { type?: string }).type;
      if (type === 'entity.too.large') return fail(res, 413, 'PAYLOAD_TOO_LARGE', `The bundle is larger than the limit of ${this.limit} (IMPORT_BODY_LIMIT)`);
      return fail(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
    }
    try {
      res.json(await this.exchange.importAs(caller, req.body));
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const code = String(error.extensions['code'] ?? 'BAD_USER_INPUT');
      res.status(code === 'FORBIDDEN' ? 403 : 400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    }
  }
}

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

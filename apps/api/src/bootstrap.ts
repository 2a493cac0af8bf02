import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  bodyErrorHandler,
  GraphQLErrorPassThrough,
  inputValidationPipe,
  jsonBodyParser,
  loadConfig,
  PinoNestLogger,
  rateLimits,
  requestLogging,
  rootLogger,
  securityHeaders,
} from '@sli/shared/api-core';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';
import { serveDashboard } from './dashboard-static';
import { AuthMiddleware } from '@sli/auth-api';
import type { Server } from 'node:http';

/** Builds the HTTP application: used by main.ts and by the integration tests alike. */
export async function createApp(options: { logger?: LogLevel[] } = {}): Promise<INestApplication> {
  const config = loadConfig();
  rootLogger.level = options.logger ? (options.logger.includes('warn') ? 'warn' : 'error') : config.LOG_LEVEL;
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: new PinoNestLogger(options.logger ?? ['error', 'warn', 'log']),
    // Body parsers are registered below: 1 MB JSON everywhere but the bundle upload (/api/import).
    bodyParser: false,
    // Start-up errors are thrown to the caller (main.ts, tests) instead of exiting the process.
    abortOnError: false,
  });
  app.disable('x-powered-by');
  if (config.TRUST_PROXY) app.set('trust proxy', /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY);
  app.use(requestLogging());
  app.use(securityHeaders(config));
  app.use(jsonBodyParser(config));
  app.use(bodyErrorHandler(config));
  // Who is calling, after the body is read (so the database scope it opens covers everything after it)
  // and before the rate limits (so they count per user).
  const auth = app.get(AuthMiddleware);
  app.use((req: Request, res: Response, next: NextFunction) => void auth.use(req, res, next));
  for (const limiter of rateLimits(config)) app.use(limiter);
  serveDashboard(app);
  app.useGlobalPipes(inputValidationPipe());
  app.useGlobalFilters(new GraphQLErrorPassThrough(app.getHttpAdapter()));
  // Keep idle connections longer than the clients and proxies in front (load balancers idle at 60 s):
  // Node's 5 s default closes sockets a client is about to reuse, which fails its next request.
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return app;
}

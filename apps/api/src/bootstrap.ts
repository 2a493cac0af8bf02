import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLErrorPassThrough, inputValidationPipe } from '@sli/shared/api-core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';

/** Builds the HTTP application: used by main.ts and by the integration tests alike. */
export async function createApp(options: { logger?: LogLevel[] } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: options.logger ?? ['error', 'warn', 'log'],
    bodyParser: true,
  });
  // Bundles can be imported over GraphQL; the command line takes the very large ones.
  app.useBodyParser('json', { limit: '50mb' });
  serveDashboard(app);
  app.useGlobalPipes(inputValidationPipe());
  app.useGlobalFilters(new GraphQLErrorPassThrough());
  app.enableShutdownHooks();
  return app;
}

/** Routes of the API itself, never answered with the dashboard's index.html. */
const API_PATHS = ['/graphql', '/auth/', '/api/', '/health'];

/**
 * In production the API serves the built dashboard on the same port: one process, one URL.
 * Any GET that is not the API and accepts HTML gets index.html, so deep links work.
 */
function serveDashboard(app: NestExpressApplication): void {
  const dir = resolve(process.env['DASHBOARD_DIR'] ?? 'dist/dashboard');
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.some((p) => req.path.startsWith(p)) || !req.accepts('html')) return next();
    res.sendFile(index);
  });
}

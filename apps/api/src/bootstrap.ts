import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLErrorPassThrough, inputValidationPipe } from '@sli/shared/api-core';
import { AppModule } from './app.module';

/** Builds the HTTP application: used by main.ts and by the integration tests alike. */
export async function createApp(options: { logger?: LogLevel[] } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: options.logger ?? ['error', 'warn', 'log'],
    bodyParser: true,
  });
  // Bundles can be imported over GraphQL; the command line takes the very large ones.
  app.useBodyParser('json', { limit: '50mb' });
  app.useGlobalPipes(inputValidationPipe());
  app.useGlobalFilters(new GraphQLErrorPassThrough());
  app.enableShutdownHooks();
  return app;
}

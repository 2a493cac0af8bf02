import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLErrorPassThrough, inputValidationPipe } from '@sli/shared/api-core';
import { AppModule } from './app.module';

/** Builds the HTTP application: used by main.ts and by the integration tests alike. */
export async function createApp(options: { logger?: LogLevel[] } = {}): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule, { logger: options.logger ?? ['error', 'warn', 'log'] });
  app.useGlobalPipes(inputValidationPipe());
  app.useGlobalFilters(new GraphQLErrorPassThrough());
  app.enableShutdownHooks();
  return app;
}

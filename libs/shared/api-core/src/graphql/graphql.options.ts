import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, ValidationPipe } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppConfig } from '../config/app-config';
import { inputErrorFromDatabase } from '../errors/database-error';
import { InputError, problemsFrom } from '../errors/input-error';
import { createRequestContext } from './request-context';

const logger = new Logger('GraphQL');

/** Apollo settings: code-first schema, sorted; no stack traces to clients; errors that name fields. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: config.SCHEMA_FILE ?? true,
    sortSchema: true,
    introspection: config.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    context: createRequestContext,
    formatError: (formatted, error) => formatError(formatted, error),
  };
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const fromDb = inputErrorFromDatabase(original);
  if (fromDb) return { message: fromDb.message, path: formatted.path, extensions: fromDb.extensions };
  const code = formatted.extensions?.['code'];
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: formatted.extensions };
}

/** Validates every input and argument; failures list each field with its reason. */
export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    // GraphQL already rejects fields the schema does not declare; whitelisting here would silently
    // drop declared fields that merely lack a class-validator decorator (e.g. a bare Date scalar).
    whitelist: false,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => new InputError(problemsFrom(errors)),
  });
}

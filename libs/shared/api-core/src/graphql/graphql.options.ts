import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ValidationPipe } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppConfig } from '../config/app-config';
import { databaseFailure, describeDatabaseError, inputErrorFromDatabase } from '../errors/database-error';
import { InputError, problemsFrom } from '../errors/input-error';
import { currentRequestId, rootLogger } from '../logging/logger';
import { argumentGuardPlugin } from './argument-guard';
import { noStorePlugins } from './no-store.plugin';
import { QUERY_TOO_COMPLEX, queryLimitRules, tokenLimitError } from './query-limits';
import { createRequestContext } from './request-context';

const logger = rootLogger.child({ context: 'GraphQL' });

/**
 * Apollo settings: code-first schema, sorted; query limits checked before execution; ids and string
 * lengths checked before any resolver; no stack traces or driver messages to clients; errors that name fields.
 */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: config.SCHEMA_FILE ?? true,
    sortSchema: true,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    // One operation per request: a batch of 500 would bypass every per-operation limit.
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    validationRules: queryLimitRules(config),
    plugins: [argumentGuardPlugin(), ...noStorePlugins()],
    context: createRequestContext,
    formatError: (formatted, error) => formatError(formatted, error, { hideSuggestions: production }),
  };
}

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { hideSuggestions?: boolean } = {},
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const requestId = currentRequestId();
  const path = formatted.path;

  const fromDb = inputErrorFromDatabase(original);
  if (fromDb) {
    logger.warn({ code: 'BAD_USER_INPUT', path, fields: fromDb.problems.map((p) => p.field), db: describeDatabaseError(original) }, 'client error');
    return { message: fromDb.message, path, extensions: fromDb.extensions };
  }
  const failure = databaseFailure(original);
  if (failure) {
    logger.error({ code: failure.code, path, db: describeDatabaseError(original) }, failure.message);
    return { message: failure.message, path, extensions: { code: failure.code, requestId } };
  }

  // Apollo files validation-rule errors under GRAPHQL_VALIDATION_FAILED; the limits keep their own code.
  const code = formatted.extensions?.['limit'] ? QUERY_TOO_COMPLEX : formatted.extensions?.['code'];
  if (code === 'GRAPHQL_PARSE_FAILED') {
    const limit = tokenLimitError(formatted.message);
    if (limit) {
      logger.warn({ code: limit.extensions['code'], limit: limit.extensions['limit'] }, 'query refused');
      return { message: limit.message, extensions: { code: limit.extensions['code'], limit: limit.extensions['limit'] } };
    }
  }
  if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
    logger.error({ code: code ?? 'INTERNAL_SERVER_ERROR', path, err: original instanceof Error ? original : undefined }, 'server error');
    return { message: 'Internal server error', path, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
  }

  // Everything else is a client mistake (BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, limits…):
  // a warning without a stack trace, naming fields but not their values.
  const fields = original instanceof InputError ? original.problems.map((p) => p.field) : undefined;
  logger.warn({ code, path, fields, limit: formatted.extensions?.['limit'] }, 'client error');
  const message = options.hideSuggestions ? formatted.message.replace(/ ?Did you mean .+\?$/, '') : formatted.message;
  const { http: _http, ...extensions }: Record<string, unknown> = { ...formatted.extensions, code };
  return { message, path, locations: formatted.locations, extensions };
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

import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * In GraphQL, every error goes back to Apollo as it is: client errors we raise on purpose
 * (InputError, NotFoundError) reach the client unchanged, and everything else is logged once and
 * masked by `formatError` (no driver messages, a request id). Without this filter Nest logs each
 * one itself, with the driver's message. Other contexts (HTTP routes) keep Nest's handling.
 */
@Catch()
export class GraphQLErrorPassThrough extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    // Thrown, not returned: graphql-js only treats a returned value as an error when it is an
    // `Error` of its own realm, and a driver's socket error (from Node's core) may not be.
    if (host.getType<string>() === 'graphql') throw exception;
    return super.catch(exception, host);
  }
}

import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Client errors we raise on purpose (InputError, NotFoundError) go to the client as they are;
 * without this filter Nest logs each one as a server error with a stack trace.
 */
@Catch(GraphQLError)
export class GraphQLErrorPassThrough implements GqlExceptionFilter {
  catch(exception: GraphQLError): GraphQLError {
    return exception;
  }
}

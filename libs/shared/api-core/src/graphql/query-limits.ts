import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { AppConfig } from '../config/app-config';

/** The code every refusal by a query limit carries, with `extensions.limit` naming the limit. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export type QueryLimitName = 'maxDepth' | 'maxAliases' | 'maxTokens' | 'maxCost' | 'maxDirectives';

export type QueryLimits = Pick<
  AppConfig,
  'GRAPHQL_MAX_DEPTH' | 'GRAPHQL_MAX_ALIASES' | 'GRAPHQL_MAX_TOKENS' | 'GRAPHQL_MAX_COST' | 'GRAPHQL_MAX_DIRECTIVES'
>;

export function queryTooComplex(limit: QueryLimitName, message: string): GraphQLError {
  return new GraphQLError(`Query refused before execution: ${message.replace(/^Syntax Error: /, '')} (limit ${limit})`, {
    extensions: { code: QUERY_TOO_COMPLEX, limit, http: { status: 400 } },
  });
}

/** graphql-armor's callbacks: report our own error (code and limit name) instead of armor's generic one. */
function reporter(limit: QueryLimitName) {
  return {
    propagateOnRejection: false,
    exposeLimits: true,
    onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(queryTooComplex(limit, error.message))],
  };
}

/**
 * Validation rules that refuse a query before any resolver runs: nesting depth (the cyclic
 * `reviews → actions → review → actions …` shape), aliases (100 copies of an expensive metric),
 * directives and an estimated cost. Token count is checked by the parser (`parseOptions.maxTokens`).
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.GRAPHQL_MAX_DEPTH, flattenFragments: true, ...reporter('maxDepth') }),
    maxAliasesRule({ n: limits.GRAPHQL_MAX_ALIASES, ...reporter('maxAliases') }),
    maxDirectivesRule({ n: limits.GRAPHQL_MAX_DIRECTIVES, ...reporter('maxDirectives') }),
    costLimitRule({ maxCost: limits.GRAPHQL_MAX_COST, flattenFragments: true, ...reporter('maxCost') }),
  ] as ValidationRule[];
}

/** graphql-js 16's own parser limit message (spelt `more that 4000 tokens` there). */
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;

/** Rewrites the parser's token-limit error into a QUERY_TOO_COMPLEX refusal; other errors are returned unchanged. */
export function tokenLimitError(message: string): GraphQLError | undefined {
  const m = TOKEN_LIMIT.exec(message);
  return m ? queryTooComplex('maxTokens', `the document has more than ${m[1]} tokens`) : undefined;
}

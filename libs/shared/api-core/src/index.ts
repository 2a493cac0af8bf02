export { loadConfig, describeDatabase, type AppConfig } from './config/app-config';
export { ConfigModule, APP_CONFIG } from './config/config.module';
export { DatabaseModule, dataSourceOptions, migrate, type MigrationList } from './database/database.module';
export { DateScalar, isIsoDate } from './graphql/date.scalar';
export { chooseSort, Connection, countWhenAsked, PageArgs, PageInfo, paginate, SortDirection, type Page, type SortColumn, type SortKey } from './graphql/pagination';
export { Loaders, byKey, groupByKey } from './graphql/loaders';
export { createRequestContext, type RequestContext } from './graphql/request-context';
export { graphqlOptions, inputValidationPipe, formatError } from './graphql/graphql.options';
export { InputError, NotFoundError, problemsFrom, type FieldProblem } from './errors/input-error';
export { inputErrorFromDatabase } from './errors/database-error';
export { GraphQLErrorPassThrough } from './errors/graphql-error.filter';
export { RefField, REF_PATTERN } from './graphql/ref.field';
export { containsPattern } from './database/like-pattern';
export {
  APP_ROLE,
  NO_SCOPE,
  OWNER_SCOPE,
  cliScope,
  currentScope,
  runInScope,
  type DbScope,
} from './database/db-scope';
export {
  ROLES,
  CROSS_PARTNERSHIP_ROLES,
  isRole,
  partnershipScope,
  inScope,
  assertMayChangeOwned,
  requireCaller,
  UnauthenticatedError,
  ForbiddenError,
  type Role,
  type Caller,
} from './auth/caller';
export { assertMayRecordForGroup, mayRecordForGroup } from './auth/group-membership';
export { recordAuditEvent, type AuditEventInput } from './audit/record-event';
export { JSONScalar } from './graphql/json.scalar';
export { type RequestAuth } from './graphql/request-context';
export { oneRow } from './database/one-row';
export { ANALYTICS_READS } from './database/analytics-reads';
export { linkedRecords, type LinkTable } from './database/linked-records';
export { databaseFailure } from './errors/database-error';
export { queryLimitRules, tokenLimitError, QUERY_TOO_COMPLEX } from './graphql/query-limits';
export { argumentProblems, MAX_STRING_ARGUMENT } from './graphql/argument-guard';
export { rootLogger, currentRequestId, requestLogging, PinoNestLogger } from './logging/logger';
export { securityHeaders, jsonBodyParser, bodyErrorHandler, rateLimits, rateLimitKey, IMPORT_PATH } from './http/http-hardening';
export { HealthController, markDraining } from './health/health.controller';
export { lockDataDir, releaseDataDir, openLockedPGlite, holdsDataDir, DataDirLockedError, type LockHolder } from './database/data-dir-lock';
export { pgTimeoutOptions, PoolWaitTimeoutError } from './database/timeouts';
export { assertNothingDepends, type Dependent } from './database/delete-record';
export { migratedPGliteTemplate, upgradePGlite } from './database/pglite-template';
export { openPGlite, pgliteDriverFor } from './database/pglite-driver';
export { SnakeNamingStrategy } from './database/snake-naming.strategy';

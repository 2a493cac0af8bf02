import { z } from 'zod';

/** A size such as `1mb`, `500kb` or a number of bytes. */
const byteSize = z.string().regex(/^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i, 'must be a size such as 1mb, 500kb or 1048576');

/** Every setting the API reads from the environment, validated once at start-up. */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Folder of the embedded PostgreSQL (PGlite) when DATABASE_URL is unset; `memory://` keeps it in memory. */
  DATA_DIR: z.string().min(1).default('./data'),
  /**
   * Tests only: a dump of a migrated, empty embedded database that a `memory://` database starts from
   * instead of being created and migrated (the test suite's global setup makes one per run).
   */
  PGLITE_TEMPLATE: z.string().min(1).optional(),
  /** A PostgreSQL connection string; when set, the API uses that server instead of PGlite. Sensitive. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /**
   * PostgreSQL streaming replicas for the analytics reads (figures, reports, scorecards), comma-separated
   * connection strings; only with DATABASE_URL, which keeps every write and every record read. Sensitive.
   */
  DATABASE_READ_URLS: z
    .string()
    .transform((v) => v.split(',').map((u) => u.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, 'each must start with postgres:// or postgresql://')).min(1))
    .optional(),
  /** Where to write the generated GraphQL schema; unset keeps it in memory only. */
  SCHEMA_FILE: z.string().optional(),
  /** `true` logs every SQL statement with its parameters, and free text in request logs. */
  LOG_QUERIES: z.enum(['true', 'false']).default('false'),
  /** A signed-in browser session ends after this many minutes without a request… */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  /** …and in any case this many hours after sign-in. */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(168).default(12),
  /** `false` only to serve plain HTTP on a non-loopback address in development: the session cookie is Secure otherwise. */
  COOKIE_SECURE: z.enum(['true', 'false']).default('true'),
  /** Failed sign-ins in a row that lock an account, and for how long. */
  LOCKOUT_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** Single sign-on through OpenID Connect (e.g. Microsoft Entra ID): all three to turn it on. */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  /** Sensitive. */
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The label of the sign-in button. */
  OIDC_LABEL: z.string().min(1).max(60).default('Sign in with Microsoft'),
  /** The public address of this product, for the OIDC redirect (e.g. https://sli.example.org); default the request's own. */
  PUBLIC_URL: z.string().url().optional(),
  /** Address the HTTP server listens on; `0.0.0.0` to accept connections from other machines. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Largest JSON body accepted on /graphql (an `express`/`bytes` size such as `1mb`). */
  GRAPHQL_BODY_LIMIT: byteSize.default('1mb'),
  /** Largest bundle accepted on POST /api/import. */
  IMPORT_BODY_LIMIT: byteSize.default('200mb'),
  /** Query limits, checked before any resolver runs. */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(10),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(10).max(1_000_000).default(4000),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).max(10_000_000).default(25000),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(30),
  /** Longest SQL statement before PostgreSQL (or PGlite) cancels it, in milliseconds. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30000),
  /** Longest wait for a free database connection before the request fails, in milliseconds. */
  DB_POOL_WAIT_MS: z.coerce.number().int().min(100).max(600_000).default(10000),
  /** Requests per minute per signed-in user, or per client address when nobody is signed in; 0 turns it off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  /** Requests per minute per client address to POST /auth/* (sign-in); 0 turns it off. */
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(20),
  /** Express `trust proxy`: set it (e.g. `1` or `loopback`) when a reverse proxy sets X-Forwarded-For. */
  TRUST_PROXY: z.string().optional(),
  /** Longest wait for in-flight requests on SIGTERM/SIGINT before closing anyway, in milliseconds. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10000),
  /** Email through SMTP (reminders, digests): the server's host; unset sends nothing (notices stay in the product, messages wait in the outbox). */
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** `true`: TLS from the start (port 465); `false`: STARTTLS when the server offers it. */
  SMTP_TLS: z.enum(['true', 'false']).default('false'),
  SMTP_USER: z.string().min(1).optional(),
  /** Sensitive. */
  SMTP_PASSWORD: z.string().min(1).optional(),
  /** The sender of every message. */
  MAIL_FROM: z.string().min(3).default('Safeguarding Learning & Impact <no-reply@localhost>'),
  /** How often reminders are queued and the outbox sent, in seconds; 0 turns the job off (tests run it by hand). */
  REMINDERS_EVERY_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  /** Working days before an action falls due that its owner agency's lead is first reminded. */
  REMINDER_WORKING_DAYS_BEFORE: z.coerce.number().int().min(0).max(60).default(5),
  /** pino level of the structured JSON log. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type AppConfig = Readonly<z.infer<typeof configSchema>>;

/** Parses the environment; a wrong value stops start-up with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const result = configSchema
    .refine((c) => !c.DATABASE_READ_URLS || c.DATABASE_URL, { path: ['DATABASE_READ_URLS'], message: 'needs DATABASE_URL (replicas of a PostgreSQL server)' })
    .safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  return Object.freeze(result.data);
}

/** Masks credentials so a connection string can be logged. */
export function describeDatabase(config: AppConfig): string {
  if (!config.DATABASE_URL) return `PGlite (embedded) in ${config.DATA_DIR}`;
  const url = new URL(config.DATABASE_URL);
  if (url.password) url.password = '***';
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

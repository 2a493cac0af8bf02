import { z } from 'zod';

/** Every setting the API reads from the environment, validated once at start-up. */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Folder of the embedded PostgreSQL (PGlite) when DATABASE_URL is unset; `memory://` keeps it in memory. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** A PostgreSQL connection string; when set, the API uses that server instead of PGlite. Sensitive. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Where to write the generated GraphQL schema; unset keeps it in memory only. */
  SCHEMA_FILE: z.string().optional(),
  LOG_QUERIES: z.enum(['true', 'false']).default('false'),
});

export type AppConfig = Readonly<z.infer<typeof configSchema>>;

/** Parses the environment; a wrong value stops start-up with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const result = configSchema.safeParse(cleaned);
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

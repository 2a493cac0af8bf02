import { DynamicModule, Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions, type LogLevel, type MixedList } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ANALYTICS_READS, ANALYTICS_READS_PROVIDERS } from './analytics-reads';
import { openLockedPGlite, releaseDataDir } from './data-dir-lock';
import { OWNER_SCOPE, runInScope } from './db-scope';
import { pgliteDriverFor } from './pglite-driver';
import { pgTimeoutOptions } from './timeouts';
import { configurePgTypes } from './pg-types';
import { scopedPg } from './scoped-pg';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// TypeORM's type for migration classes.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type MigrationList = MixedList<Function | string>;

/** Connection options for either database; the same migrations run on both, never `synchronize`. */
export async function dataSourceOptions(config: AppConfig, migrations: MigrationList): Promise<DataSourceOptions> {
  const common = {
    type: 'postgres' as const,
    migrations,
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: config.LOG_QUERIES === 'true' ? ('all' as const) : config.NODE_ENV === 'test' ? false : (['error'] as LogLevel[]),
  };
  if (config.DATABASE_URL) {
    configurePgTypes();
    return { ...common, driver: scopedPg, url: config.DATABASE_URL, poolSize: 10, extra: pgTimeoutOptions(config) };
  }
  const db = await openLockedPGlite(config);
  return { ...common, driver: pgliteDriverFor(db, { poolWaitMs: config.DB_POOL_WAIT_MS }), database: 'postgres', poolSize: 1 };
}

/** On shutdown, closes the embedded database and releases its data-folder lock. */
@Injectable()
class DataDirRelease implements OnApplicationShutdown {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}
  async onApplicationShutdown(): Promise<void> {
    if (!this.config.DATABASE_URL) await releaseDataDir(this.config.DATA_DIR);
  }
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(migrations: MigrationList): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [DataDirRelease, ...ANALYTICS_READS_PROVIDERS],
      exports: [getDataSourceToken(ANALYTICS_READS)],
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) => ({
            ...(await dataSourceOptions(config, migrations)),
            autoLoadEntities: true,
          }),
          dataSourceFactory: async (options) => {
            if (!options) throw new Error('TypeORM options are missing');
            // Connecting and migrating work as the tables' owner; every later statement as the application role.
            return runInScope(OWNER_SCOPE, async () => migrate(await new DataSource(options).initialize()));
          },
        }),
      ],
    };
  }
}

/**
 * Runs pending migrations at start. On PostgreSQL an advisory lock makes concurrent starts (several
 * API processes, parallel test workers) take turns; PGlite is one process, so it needs none.
 */
export async function migrate(ds: DataSource): Promise<DataSource> {
  const isPGlite = Boolean((ds.options as { driver?: unknown }).driver);
  if (isPGlite) {
    await ds.runMigrations({ transaction: 'each' });
    return ds;
  }
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    await runner.release();
  }
  return ds;
}

const MIGRATION_LOCK = 7_240_001;

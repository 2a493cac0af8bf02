import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions, LogLevel, MixedList } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { openPGlite, pgliteDriverFor } from './pglite-driver';
import { configurePgTypes } from './pg-types';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// TypeORM's type for migration classes.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type MigrationList = MixedList<Function | string>;

/** Connection options for either database; the same migrations run on both, never `synchronize`. */
export async function dataSourceOptions(config: AppConfig, migrations: MigrationList): Promise<DataSourceOptions> {
  const common = {
    type: 'postgres' as const,
    migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: config.LOG_QUERIES === 'true' ? ('all' as const) : config.NODE_ENV === 'test' ? false : (['error'] as LogLevel[]),
  };
  if (config.DATABASE_URL) {
    configurePgTypes();
    return { ...common, url: config.DATABASE_URL, poolSize: 10 };
  }
  const db = await openPGlite(config.DATA_DIR);
  return { ...common, driver: pgliteDriverFor(db), database: 'postgres', poolSize: 1 };
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(migrations: MigrationList): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) => ({
            ...(await dataSourceOptions(config, migrations)),
            autoLoadEntities: true,
          }),
        }),
      ],
    };
  }
}

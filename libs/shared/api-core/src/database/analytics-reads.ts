import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions, type QueryRunner, type ReplicationMode } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * The name of the data source the analytics read through: `@InjectDataSource(ANALYTICS_READS)`. It is
 * the main data source unless DATABASE_READ_URLS names streaming replicas; then every statement of the
 * figures, reports and scorecards goes to a replica, and writes and record reads stay on the primary.
 */
export const ANALYTICS_READS = 'analytics-reads';

/** A data source over replicas only: every query runner is a replica's, chosen at random by TypeORM. */
class ReplicaDataSource extends DataSource {
  override createQueryRunner(_mode: ReplicationMode = 'slave'): QueryRunner {
    return super.createQueryRunner('slave');
  }
}

/** The replicas' data source with the primary's options (driver with row-level-security scope, timeouts, entities), or null without replicas. */
export async function openReplicas(config: AppConfig, primary: DataSource): Promise<DataSource | null> {
  const urls = config.DATABASE_READ_URLS;
  if (!urls?.length) return null;
  const { url: _url, migrations: _migrations, ...rest } = primary.options as DataSourceOptions & { url?: string };
  const options = {
    ...rest,
    migrationsRun: false,
    // TypeORM's replication opens the "master" pool too; here it is the first replica, and never used.
    replication: { master: { url: urls[0] }, slaves: urls.map((url) => ({ url })) },
  } as DataSourceOptions;
  return new ReplicaDataSource(options).initialize();
}

@Injectable()
class ReplicasShutdown implements OnApplicationShutdown {
  constructor(@Inject(getDataSourceToken(ANALYTICS_READS)) private readonly reads: DataSource, private readonly primary: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.reads !== this.primary && this.reads.isInitialized) await this.reads.destroy();
  }
}

/** The ANALYTICS_READS data source and its shutdown, for the database module. */
export const ANALYTICS_READS_PROVIDERS: Provider[] = [
  {
    provide: getDataSourceToken(ANALYTICS_READS),
    inject: [APP_CONFIG, DataSource],
    useFactory: async (config: AppConfig, primary: DataSource) => (await openReplicas(config, primary)) ?? primary,
  },
  ReplicasShutdown,
];

import 'reflect-metadata';
// Jest's globalSetup runs outside the module mapper, hence the relative path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { dataSourceOptions, loadConfig } from '../../../libs/shared/api-core/src';
import { DataSource } from 'typeorm';
import { migrations } from '../src/database/migrations';

/**
 * On PostgreSQL every test file shares one database, so migrate it once here; each file then
 * works in partnerships of its own. On PGlite each file gets a fresh in-memory database.
 */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  if (!config.DATABASE_URL) return;
  const ds = new DataSource({ ...(await dataSourceOptions(config, migrations)), migrationsRun: false });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}

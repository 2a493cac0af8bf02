import { DataSource } from 'typeorm';
import type { MigrationList } from './database.module';
import { migrate } from './database.module';
import { OWNER_SCOPE, runInScope } from './db-scope';
import { openPGlite, pgliteDriverFor } from './pglite-driver';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * A migrated, empty embedded database as a dump (a tar file's bytes). The test suite makes one per run
 * and every test API's `memory://` database starts from it (PGLITE_TEMPLATE), which takes half a
 * second instead of creating a cluster and running every migration again in each test file.
 */
export async function migratedPGliteTemplate(migrations: MigrationList): Promise<Uint8Array> {
  const db = await openPGlite('memory://');
  try {
    await runInScope(OWNER_SCOPE, async () => migrate(await new DataSource(pgliteOptions(db, migrations)).initialize()));
    const dump = await db.dumpDataDir('none');
    return new Uint8Array(await dump.arrayBuffer());
  } finally {
    await db.close();
  }
}

function pgliteOptions(db: Awaited<ReturnType<typeof openPGlite>>, migrations: MigrationList) {
  return {
    type: 'postgres' as const,
    driver: pgliteDriverFor(db),
    database: 'postgres',
    migrations,
    migrationsTransactionMode: 'each' as const,
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
  };
}

/**
 * An upgrade, for migration tests: an embedded database migrated to `before` (the previous release),
 * `seed` writes data in that release's shape, then the database is migrated to `after` and `check`
 * reads it. Runs as the owner, outside row-level security.
 */
export async function upgradePGlite(
  before: MigrationList,
  after: MigrationList,
  seed: (ds: DataSource) => Promise<void>,
  check: (ds: DataSource) => Promise<void>,
): Promise<void> {
  const db = await openPGlite('memory://');
  try {
    await runInScope(OWNER_SCOPE, async () => {
      const old = await migrate(await new DataSource(pgliteOptions(db, before)).initialize());
      await seed(old);
      const upgraded = await migrate(await new DataSource(pgliteOptions(db, after)).initialize());
      await check(upgraded);
    });
  } finally {
    await db.close();
  }
}

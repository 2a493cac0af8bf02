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
    const options = {
      type: 'postgres' as const,
      driver: pgliteDriverFor(db),
      database: 'postgres',
      migrations,
      migrationsTransactionMode: 'each' as const,
      namingStrategy: new SnakeNamingStrategy(),
      logging: false,
    };
    await runInScope(OWNER_SCOPE, async () => migrate(await new DataSource(options).initialize()));
    const dump = await db.dumpDataDir('none');
    return new Uint8Array(await dump.arrayBuffer());
  } finally {
    await db.close();
  }
}

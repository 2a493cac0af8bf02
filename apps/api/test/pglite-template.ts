import { migratedPGliteTemplate } from '@sli/shared/api-core';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { lock } from 'proper-lockfile';
import { migrations } from '../src/database/migrations';

/**
 * The migrated empty database every test API of this run starts from, on the embedded database: the
 * first test file to need it migrates one and writes its dump where the global setup said
 * (SLI_PGLITE_TEMPLATE_PATH), the others wait for it under a file lock and load it in half a second
 * instead of creating a cluster and running every migration again. Returns the file, or undefined on
 * PostgreSQL or outside `npm test`.
 */
export async function pgliteTemplate(): Promise<string | undefined> {
  const file = process.env['SLI_PGLITE_TEMPLATE_PATH'];
  if (process.env['DATABASE_URL'] || !file) return undefined;
  if (existsSync(file)) return file;
  writeFileSync(`${file}.lock-target`, '', { flag: 'a' });
  const release = await lock(`${file}.lock-target`, { retries: { retries: 600, minTimeout: 100, maxTimeout: 200 }, stale: 120_000 });
  try {
    if (!existsSync(file)) {
      writeFileSync(`${file}.partial`, await migratedPGliteTemplate(migrations));
      renameSync(`${file}.partial`, file);
    }
  } finally {
    await release();
  }
  return file;
}

import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Names the file of this run's migrated template database (see pglite-template.ts), which the test
 * workers inherit; the first test file to start an API on the embedded database makes it.
 */
export default function nameTemplate(): void {
  if (process.env['DATABASE_URL']) return;
  process.env['SLI_PGLITE_TEMPLATE_PATH'] = join(tmpdir(), `sli-pglite-template-${process.pid}.tar`);
}

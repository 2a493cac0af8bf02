import 'reflect-metadata';
import { createApp } from './bootstrap';

/** Writes the code-first GraphQL schema to SCHEMA_FILE (sorted) and exits; CI diffs it against the committed one. */
async function main(): Promise<void> {
  if (!process.env['SCHEMA_FILE']) throw new Error('SCHEMA_FILE must name the file to write');
  process.env['DATA_DIR'] ??= 'memory://';
  const app = await createApp({ logger: ['error'] });
  await app.init();
  await app.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ImportService, type ImportResult } from '@sli/exchange-api';
import { InputError, cliScope, runInScope } from '@sli/shared/api-core';
import { readFile } from 'node:fs/promises';
// The CLI boots the API's own module (same database, same config); an app has no alias to import it by.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule } from '../../../apps/api/src/app.module';
import { ProgressLine } from './progress';

const USAGE =
  'Usage: npm run import -- FILE\n' +
  '  Imports a data bundle (docs/bundle-format.md) into the database the API uses (DATABASE_URL, or PGlite in DATA_DIR).';

/** Imports a bundle file all or nothing, showing progress on stderr and a summary per section. */
async function main(args: string[]): Promise<number> {
  const file = args[0];
  if (args.length !== 1 || !file || file.startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let bundle: unknown;
  try {
    bundle = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    process.stderr.write(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }

  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    const progress = new ProgressLine(process.stderr);
    let last = { done: 0, total: 0 };
    const result = await app.get(ImportService).importBundle(bundle, (done, total) => {
      last = { done, total };
      progress.update(done, total);
    });
    progress.finish(last.done, last.total);
    process.stdout.write(summary(file, result));
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`\n${file}: ${error.problems.length} problem(s); nothing was imported.\n`);
    for (const p of error.problems) process.stderr.write(`  ${p.field}: ${p.message}\n`);
    return 1;
  } finally {
    await app.close();
  }
}

function summary(file: string, r: ImportResult): string {
  const width = Math.max(...r.sections.map((s) => s.section.length), 'section'.length);
  const row = (name: string, c: number | string, u: number | string, n: number | string) =>
    `${name.padEnd(width)}  ${String(c).padStart(8)}  ${String(u).padStart(8)}  ${String(n).padStart(9)}\n`;
  const seconds = r.durationMs / 1000;
  return [
    `Imported ${file}: ${r.records} records in ${seconds.toFixed(1)} s (${Math.round(r.records / Math.max(seconds, 0.001))} records/s)\n`,
    row('section', 'created', 'updated', 'unchanged'),
    ...r.sections.filter((s) => s.created + s.updated + s.unchanged > 0).map((s) => row(s.section, s.created, s.updated, s.unchanged)),
    row('total', r.created, r.updated, r.unchanged),
  ].join('');
}

// A command line works as a system task: every partnership, recorded in the change history as cli:import.
runInScope(cliScope('import'), () => main(process.argv.slice(2))).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`\nImport failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

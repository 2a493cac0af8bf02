import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ImportService } from '@sli/exchange-api';
import { describeDatabase, loadConfig, cliScope, runInScope } from '@sli/shared/api-core';
import { generateBundle } from '@sli/seed';
import { appendRowToSection, BENCHMARKS_DOC } from './benchmarks-doc';
// The benchmark boots the API's own module (same database, same config); an app has no alias.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule } from '../../../apps/api/src/app.module';

/**
 * Import benchmark: generates a bundle in memory (--partnerships N --years N), imports it twice
 * (first load, then the idempotent re-import) and appends the figures to docs/benchmarks.md.
 * Run with `npm run bench:import -- --partnerships 30 --years 10` on PGlite or with DATABASE_URL.
 */
/** The section of docs/benchmarks.md this benchmark's rows go in. */
const IMPORT_HEADING = '## Import (`npm run bench:import -- --partnerships N --years N`)';

async function main(argv: string[]): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const partnerships = arg('partnerships', 30);
  const years = arg('years', 10);

  let t = performance.now();
  const bundle = generateBundle({ seed: 2026, partnerships, years, lastYearStart: 2025 });
  const generateMs = performance.now() - t;

  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'], abortOnError: false });
  try {
    const importer = app.get(ImportService);
    t = performance.now();
    const first = await importer.importBundle(bundle);
    const firstMs = performance.now() - t;
    t = performance.now();
    const again = await importer.importBundle(bundle);
    const againMs = performance.now() - t;
    const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
    const line =
      `| ${new Date().toISOString().slice(0, 10)} | ${describeDatabase(loadConfig())} | ${partnerships} × ${years} | ` +
      `${first.records.toLocaleString('en-GB')} | ${(generateMs / 1000).toFixed(1)} s | ${(firstMs / 1000).toFixed(1)} s ` +
      `(${Math.round(first.records / (firstMs / 1000)).toLocaleString('en-GB')}/s) | ${(againMs / 1000).toFixed(1)} s, ` +
      `${again.unchanged.toLocaleString('en-GB')} unchanged | ${rssMb} MB |\n`;
    appendRowToSection(BENCHMARKS_DOC, IMPORT_HEADING, line);
    process.stdout.write(line);
  } finally {
    await app.close();
  }
}

// A command line works as a system task: every partnership, recorded in the change history as cli:bench.
runInScope(cliScope('bench'), () => main(process.argv.slice(2))).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

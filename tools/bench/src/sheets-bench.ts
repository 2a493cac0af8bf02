import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ImportService, SpreadsheetImportService, type SpreadsheetOutcome } from '@sli/exchange-api';
import { cliScope, describeDatabase, loadConfig, runInScope } from '@sli/shared/api-core';
import { Workbook } from 'exceljs';
import { randomBytes } from 'node:crypto';
import { appendRowToSection, BENCHMARKS_DOC } from './benchmarks-doc';
// The benchmark boots the API's own module (same database, same config); an app has no alias.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule } from '../../../apps/api/src/app.module';

/**
 * Spreadsheet import benchmark: an action plan of --rows N rows (default 10,000) built with ExcelJS
 * under a merged title, into a new partnership: preview, commit, then the re-import (all unchanged).
 * Peak memory is sampled every 10 ms over the three runs (the process holds the API and, on PGlite,
 * the database). Appends a row to docs/benchmarks.md. `npm run bench:sheets -- --rows 10000`.
 */
const HEADING = '## Spreadsheet import (`npm run bench:sheets -- --rows N`)';

async function main(argv: string[]): Promise<void> {
  const i = argv.indexOf('--rows');
  const rows = i >= 0 ? Number(argv[i + 1]) : 10_000;
  const partnership = `BENCH-${randomBytes(3).toString('hex')}`;
  const file = await register(rows);

  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'], abortOnError: false });
  try {
    await app.get(ImportService).importBundle({
      format: 'sli-bundle',
      version: 1,
      partnerships: [{ ref: partnership, name: 'Benchmark partnership', kind: 'children' }],
      agencies: ['Police', 'Health', 'Council'].map((name) => ({ partnership, ref: name.toUpperCase(), name: `Benchshire ${name}`, sector: 'other' })),
      reviews: [{ partnership, ref: 'LCSPR-B', type: 'lcspr', title: 'Bench', status: 'in-progress', initiatedOn: '2024-05-01' }],
    });
    const sheets = app.get(SpreadsheetImportService);
    const peak = { rss: 0, heap: 0 };
    const sample = () => {
      const m = process.memoryUsage();
      peak.rss = Math.max(peak.rss, m.rss);
      peak.heap = Math.max(peak.heap, m.heapUsed);
    };
    const timer = setInterval(sample, 10);
    const timed = async (commit: boolean): Promise<[SpreadsheetOutcome, number]> => {
      const t = performance.now();
      const outcome = await sheets.run({ bytes: file, fileName: 'bench.xlsx', partnership, kind: null, commit }, 'cli:bench');
      if (outcome.problems.length > 0) throw new Error(`The benchmark file has problems: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
      return [outcome, performance.now() - t];
    };
    const [preview, previewMs] = await timed(false);
    const [commit, commitMs] = await timed(true);
    const [again, againMs] = await timed(true);
    clearInterval(timer);
    sample();
    if (preview.create !== rows || commit.create !== rows || again.unchanged !== rows) throw new Error('The counts are not what the file holds');
    const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const line =
      `| ${new Date().toISOString().slice(0, 10)} | ${describeDatabase(loadConfig())} | ${rows.toLocaleString('en-GB')} | ${(file.length / 2 ** 20).toFixed(1)} MB | ` +
      `${s(previewMs)} | ${s(commitMs)} | ${s(againMs)}, ${again.unchanged.toLocaleString('en-GB')} unchanged | ${mb(peak.rss)} | ${mb(peak.heap)} |\n`;
    appendRowToSection(BENCHMARKS_DOC, HEADING, line);
    process.stdout.write(line);
  } finally {
    await app.close();
  }
}

async function register(rows: number): Promise<Buffer> {
  const book = new Workbook();
  const sheet = book.addWorksheet('Action plan');
  sheet.addRow(['LCSPR "B": multi-agency action plan']);
  sheet.mergeCells('A1:G1');
  sheet.addRow(['Action ref', 'Review reference', 'Action', 'Lead agency', 'Target date', 'Progress', 'Date completed']);
  const owners = ['POLICE', 'HEALTH', 'COUNCIL'];
  for (let n = 1; n <= rows; n++) {
    const done = n % 4 === 0;
    sheet.addRow([`B/A${n}`, 'LCSPR-B', `Action ${n}`, owners[n % 3], new Date(Date.UTC(2025, n % 12, 1 + (n % 28))), done ? 'Completed' : 'In progress', done ? '01/01/2025' : null]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

runInScope(cliScope('bench'), () => main(process.argv.slice(2))).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

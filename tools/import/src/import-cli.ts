import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ImportService, type ImportResult } from '@sli/exchange-api';
import { problemLine } from '@sli/exchange-domain';
import { InputError, cliScope, runInScope } from '@sli/shared/api-core';
import { readFile } from 'node:fs/promises';
// The CLI boots the API's own module (same database, same config); an app has no alias to import it by.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule } from '../../../apps/api/src/app.module';
import { parseImportArgs } from './args';
import { claimDataDir } from './claim-data-dir';
import { ProgressLine } from './progress';
import { postBundle } from './remote-import';
import { isSpreadsheetFile, parseSheetArgs } from './sheet-args';
import { importSpreadsheet } from './sheet-cli';

const USAGE =
  'Usage: npm run import -- FILE [--server URL [--token TOKEN]]\n' +
  '       npm run import -- FILE.xlsx|FILE.csv --partnership REF [--as action-plan|measure-values|notifications|reviews|training-register] [--preview] [--errors REPORT.xlsx]\n' +
  '  Imports a data bundle (docs/bundle-format.md) into the database the API uses (DATABASE_URL, or PGlite in DATA_DIR).\n' +
  '  --server URL  send it to a running API instead (POST URL/api/import); the token comes from --token or SLI_TOKEN.\n' +
  '                Use this while the API runs on the embedded database: only one process may open its folder.\n' +
  '  A spreadsheet (action plan, measure values, notifications or reviews register) is imported into one partnership, all or nothing; its kind is told\n' +
  '  from its headers unless --as says it. --preview writes nothing and prints the counts and bad rows; a bad file exits 1.';

/** Imports a bundle file all or nothing, showing progress on stderr and a summary per section. */
async function main(args: string[]): Promise<number> {
  if (args.some((a) => !a.startsWith('-') && isSpreadsheetFile(a))) return mainSheet(args);
  const parsed = parseImportArgs(args);
  if (!parsed) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { file, server, token } = parsed;
  let text: string;
  let bundle: unknown;
  try {
    text = await readFile(file, 'utf8');
    bundle = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (server) return importRemote(file, server, token, text);

  if (!(await claimDataDir())) return 3;
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'], abortOnError: false });
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
    for (const p of error.problems) process.stderr.write(`  ${problemLine(p)}\n`);
    return 1;
  } finally {
    await app.close();
  }
}

/** A CSV or XLSX register, in process on the database the API uses. */
async function mainSheet(args: string[]): Promise<number> {
  const parsed = parseSheetArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${USAGE}\n`);
    return 2;
  }
  if (!(await claimDataDir())) return 3;
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'], abortOnError: false });
  try {
    return await importSpreadsheet(app, parsed);
  } finally {
    await app.close();
  }
}

/** `--server`: posts the bundle to a running API and prints its summary or the problems it names. */
async function importRemote(file: string, server: string, token: string | null, text: string): Promise<number> {
  if (!token) process.stderr.write('No token given (--token or SLI_TOKEN): sending without one.\n');
  process.stderr.write(`Sending ${file} to ${server} …\n`);
  const outcome = await postBundle(server, token, text);
  if (outcome.ok) {
    process.stdout.write(summary(file, outcome.result));
    return 0;
  }
  const status = outcome.status ? ` (HTTP ${outcome.status})` : '';
  process.stderr.write(`${file}: the server refused the import${status}; ${outcome.problems.length} problem(s):\n`);
  for (const p of outcome.problems) process.stderr.write(`  ${problemLine(p)}\n`);
  return 1;
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

import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ExportService } from '@sli/exchange-api';
import { InputError, cliScope, runInScope } from '@sli/shared/api-core';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
// The CLI boots the API's own module (same database, same config); an app has no alias to import it by.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule } from '../../../apps/api/src/app.module';
import { parseExportArgs } from './args';
import { bundleJson, writePieces } from './bundle-writer';
import { claimDataDir } from './claim-data-dir';
import { ProgressLine } from './progress';

const USAGE =
  'Usage: npm run export -- FILE [--partnership REF ...]\n' +
  '  Writes the data bundle of every partnership, or of those named, to FILE (docs/bundle-format.md).';

/** Exports partnerships to a bundle file, showing progress on stderr. */
async function main(argv: string[]): Promise<number> {
  const args = parseExportArgs(argv);
  if (!args) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!(await claimDataDir())) return 3;
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'], abortOnError: false });
  try {
    const started = Date.now();
    const progress = new ProgressLine(process.stderr);
    let records = 0;
    const bundle = await app.get(ExportService).exportBundle(args.partnerships, (_section, n) => {
      records += n;
      progress.update(records);
    });
    progress.finish(records);
    // Written beside the target and renamed, so a failed export never leaves half a file under its name.
    const partial = `${args.file}.partial`;
    await writePieces(createWriteStream(partial, 'utf8'), bundleJson(bundle));
    await rename(partial, args.file);
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `Exported ${bundle.partnerships.length} partnership(s), ${records} records, to ${args.file} in ${seconds.toFixed(1)} s\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const p of error.problems) process.stderr.write(`${p.field}: ${p.message}\n`);
    return 1;
  } finally {
    await app.close();
  }
}

// A command line works as a system task: every partnership, recorded in the change history as cli:export.
runInScope(cliScope('export'), () => main(process.argv.slice(2))).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`\nExport failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

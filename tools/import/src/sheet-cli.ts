import type { INestApplicationContext } from '@nestjs/common';
import { errorReport, SpreadsheetImportService, type SpreadsheetOutcome } from '@sli/exchange-api';
import { SHEET_SPECS } from '@sli/exchange-domain';
import { InputError } from '@sli/shared/api-core';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { SheetArgs } from './sheet-args';

/** Bad rows printed in full; the rest are counted (the --errors report holds them all). */
const SHOWN = 50;

/**
 * Imports (or with --preview, checks) a spreadsheet into one partnership through the same service
 * as POST /api/import/spreadsheet. Exit code 0 when it imported or would import, 1 when the file has
 * problems (nothing written), 2 when it cannot be read.
 */
export async function importSpreadsheet(app: INestApplicationContext, args: SheetArgs): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = await readFile(args.file);
  } catch (error) {
    process.stderr.write(`Cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  let outcome: SpreadsheetOutcome;
  try {
    outcome = await app
      .get(SpreadsheetImportService)
      .run({ bytes, fileName: basename(args.file), partnership: args.partnership, kind: args.kind, commit: !args.preview }, 'cli:import');
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const p of error.problems) process.stderr.write(`${p.field}: ${p.message}\n`);
    return 2;
  }
  process.stdout.write(sheetSummary(outcome));
  if (args.errors) {
    await writeFile(args.errors, await errorReport(outcome, 'cli:import', args.partnership));
    process.stdout.write(`The problems are in ${args.errors}\n`);
  }
  return outcome.problems.length > 0 ? 1 : 0;
}

export function sheetSummary(o: SpreadsheetOutcome): string {
  const lines: string[] = [];
  const noun = SHEET_SPECS[o.kind].rowNoun;
  lines.push(`${o.fileName}: ${SHEET_SPECS[o.kind].label.toLowerCase()} for ${o.partnership}, header row ${o.headerRow}, ${o.rows} data rows`);
  const read = o.columns.filter((c) => c.header).map((c) => `${c.label} ← "${c.header}"`);
  if (read.length > 0) lines.push(`  columns: ${read.join('; ')}`);
  if (o.ignoredHeaders.length > 0) lines.push(`  ignored: ${o.ignoredHeaders.map((h) => `"${h}"`).join(', ')}`);
  const verb = o.committed ? ['created', 'updated', 'unchanged'] : ['to create', 'to update', 'unchanged'];
  lines.push(`  ${noun}s ${verb[0]}: ${o.create}, ${verb[1]}: ${o.update}, ${verb[2]}: ${o.unchanged}`);
  if (o.problems.length > 0) {
    lines.push(`${o.problems.length} problem${o.problems.length === 1 ? '' : 's'}; nothing was imported:`);
    for (const p of o.problems.slice(0, SHOWN)) {
      const where = [p.row === null ? 'file' : `row ${p.row}`, p.column ? `"${p.column}"` : null].filter(Boolean).join(', ');
      lines.push(`  ${where}: ${p.value ? `"${p.value}" ` : ''}${p.message}`);
    }
    if (o.problems.length > SHOWN) lines.push(`  … and ${o.problems.length - SHOWN} more (write them all with --errors FILE.xlsx)`);
  } else {
    lines.push(o.committed ? `Imported in ${(o.durationMs / 1000).toFixed(1)} s.` : 'Preview only: nothing was written. Run again without --preview to import.');
  }
  return `${lines.join('\n')}\n`;
}

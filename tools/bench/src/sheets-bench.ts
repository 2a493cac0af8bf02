import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ImportService, SpreadsheetImportService, type SpreadsheetOutcome } from '@sli/exchange-api';
import type { Bundle } from '@sli/exchange-domain';
import { cliScope, describeDatabase, loadConfig, runInScope } from '@sli/shared/api-core';
import { Workbook } from 'exceljs';
import { randomBytes } from 'node:crypto';
import { appendRowToSection, BENCHMARKS_DOC } from './benchmarks-doc';
// The benchmark boots the API's own module (same database, same config); an app has no alias.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule } from '../../../apps/api/src/app.module';

/**
 * Spreadsheet import benchmark: a sheet of --rows N rows (default 10,000) of one kind (--kind: an
 * action plan by default, a training register, or measure values) built with ExcelJS under a merged
 * title, into a new partnership holding what the rows refer to: preview, commit, then the re-import
 * (all unchanged). Peak memory is sampled every 10 ms over the three runs (the process holds the API
 * and, on PGlite, the database). Appends a row to docs/benchmarks.md.
 * `npm run bench:sheets -- --rows 10000 --kind training-register`.
 */
const HEADING = '## Spreadsheet import (`npm run bench:sheets -- --rows N --kind K`)';

/** What one kind of sheet needs: the records its rows refer to, and the sheet itself. */
interface BenchKind {
  words: string;
  bundle: (partnership: string, rows: number) => Partial<Bundle>;
  sheet: (rows: number) => { title: string; headers: string[]; row: (n: number) => unknown[] };
}

const AGENCIES = ['Police', 'Health', 'Council'];
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Bookings per training session: sessions hold 60 places. */
const PER_SESSION = 50;
/** Monthly measures, each with 100 months of values (January 2017 to April 2025). */
const MONTHS = 100;

const KINDS: Record<string, BenchKind> = {
  'action-plan': {
    words: 'action plan',
    bundle: (partnership) => ({
      reviews: [{ partnership, ref: 'LCSPR-B', type: 'lcspr', title: 'Bench', status: 'in-progress', initiatedOn: '2024-05-01' }],
    }),
    sheet: () => ({
      title: 'LCSPR "B": multi-agency action plan',
      headers: ['Action ref', 'Review reference', 'Action', 'Lead agency', 'Target date', 'Progress', 'Date completed'],
      row: (n) => {
        const done = n % 4 === 0;
        return [`B/A${n}`, 'LCSPR-B', `Action ${n}`, AGENCIES[n % 3]?.toUpperCase(), utc(2025, 1 + (n % 12), 1 + (n % 28)), done ? 'Completed' : 'In progress', done ? '01/01/2025' : null];
      },
    }),
  },
  // One booking per row on sessions of 2024/25 (50 a session, four courses), each evaluated, one in two answering the follow-up.
  'training-register': {
    words: 'training register',
    bundle: (partnership, rows) => ({
      trainingCourses: [1, 2, 3, 4].map((c) => ({ partnership, ref: `TC-${c}`, title: `Bench course ${c}` })),
      trainingSessions: Array.from({ length: Math.ceil(rows / PER_SESSION) }, (_, i) => ({
        partnership,
        ref: `TS-${i + 1}`,
        course: `TC-${(i % 4) + 1}`,
        sessionDate: sessionDay(i).toISOString().slice(0, 10),
        capacity: 60,
      })),
    }),
    sheet: () => ({
      title: 'Multi-agency training register 2024/25',
      headers: ['Booking ref', 'Course', 'Session date', 'Agency', 'Role', 'Attended', 'Confidence before', 'Confidence after', 'Satisfaction', 'Changed practice'],
      row: (n) => {
        const i = Math.floor((n - 1) / PER_SESSION);
        const came = n % 10 !== 0;
        return [`B/T${n}`, `Bench course ${(i % 4) + 1}`, sessionDay(i), `Benchshire ${AGENCIES[n % 3]}`, 'Practitioner', came ? 'Yes' : 'No',
          came ? 1 + (n % 3) : null, came ? 3 + (n % 3) : null, came ? 1 + (n % 5) : null, came ? (n % 2 === 0 ? 'Yes' : null) : null];
      },
    }),
  },
  // Values of monthly measures, each month's value on its first day, one in ten with a note.
  'measure-values': {
    words: 'measure values',
    bundle: (partnership, rows) => ({
      measures: Array.from({ length: Math.ceil(rows / MONTHS) }, (_, m) => ({
        partnership,
        ref: `M-${m + 1}`,
        name: `Bench measure ${m + 1}`,
        quadrant: 'how-much' as const,
        polarity: 'higher-is-better' as const,
        unit: 'count' as const,
        periodicity: 'month' as const,
        source: 'entered' as const,
      })),
    }),
    sheet: () => ({
      title: 'Performance measures: monthly returns',
      headers: ['Measure', 'Period', 'Value', 'Notes'],
      row: (n) => {
        const m = Math.floor((n - 1) / MONTHS);
        const month = (n - 1) % MONTHS;
        return [`M-${m + 1}`, utc(2017 + Math.floor(month / 12), 1 + (month % 12), 1), 100 + ((n * 7) % 50), n % 10 === 0 ? `Note ${n}` : null];
      },
    }),
  },
};

/** The i-th session's day: weekdays of 2024/25, from 1 April 2024, a working day apart. */
function sessionDay(i: number): Date {
  const d = utc(2024, 4, 1);
  d.setUTCDate(d.getUTCDate() + Math.floor(i / 5) * 7 + (i % 5));
  return d;
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const rows = Number(arg('--rows') ?? 10_000);
  const kindName = arg('--kind') ?? 'action-plan';
  const kind = KINDS[kindName];
  if (!kind) throw new Error(`--kind: "${kindName}" is not one of ${Object.keys(KINDS).join(', ')}`);
  const partnership = `BENCH-${randomBytes(3).toString('hex')}`;
  const file = await workbook(kind.sheet(rows), rows);

  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'], abortOnError: false });
  try {
    await app.get(ImportService).importBundle({
      format: 'sli-bundle',
      version: 1,
      partnerships: [{ ref: partnership, name: 'Benchmark partnership', kind: 'children' }],
      agencies: AGENCIES.map((name) => ({ partnership, ref: name.toUpperCase(), name: `Benchshire ${name}`, sector: 'other' })),
      ...kind.bundle(partnership, rows),
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
      if (outcome.kind !== kindName) throw new Error(`The benchmark file was read as ${outcome.kind}, not ${kindName}`);
      if (outcome.problems.length > 0) throw new Error(`The benchmark file has problems: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
      return [outcome, performance.now() - t];
    };
    const [preview, previewMs] = await timed(false);
    const [commit, commitMs] = await timed(true);
    const [again, againMs] = await timed(true);
    clearInterval(timer);
    sample();
    if (preview.create !== rows || commit.create !== rows || again.unchanged !== rows) {
      throw new Error(`The counts are not what the file holds: ${preview.create}, ${commit.create} created; ${again.unchanged} unchanged of ${rows}`);
    }
    const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const line =
      `| ${new Date().toISOString().slice(0, 10)} | ${describeDatabase(loadConfig())} | ${kind.words} | ${rows.toLocaleString('en-GB')} | ${(file.length / 2 ** 20).toFixed(1)} MB | ` +
      `${s(previewMs)} | ${s(commitMs)} | ${s(againMs)}, ${again.unchanged.toLocaleString('en-GB')} unchanged | ${mb(peak.rss)} | ${mb(peak.heap)} |\n`;
    appendRowToSection(BENCHMARKS_DOC, HEADING, line);
    process.stdout.write(line);
  } finally {
    await app.close();
  }
}

async function workbook(spec: ReturnType<BenchKind['sheet']>, rows: number): Promise<Buffer> {
  const book = new Workbook();
  const sheet = book.addWorksheet('Register');
  sheet.addRow([spec.title]);
  sheet.mergeCells(1, 1, 1, spec.headers.length);
  sheet.addRow(spec.headers);
  for (let n = 1; n <= rows; n++) sheet.addRow(spec.row(n));
  return Buffer.from(await book.xlsx.writeBuffer());
}

runInScope(cliScope('bench'), () => main(process.argv.slice(2))).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

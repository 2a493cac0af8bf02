import { BUNDLE_LISTS } from '@sli/exchange-domain';
import { checkBundle } from './check-bundle';
import { type CliArgs, parseArgs, USAGE } from './cli-args';
import { generateBundle, resolveOptions } from './generate';
import { writeBundleFile } from './write-bundle';

/**
 * `seed [--seed N] [--partnerships N] [--years N] [--national] [--check] [--out FILE]`: writes a
 * synthetic bundle, with progress on stderr and record counts per section on stdout. CommonJS and
 * synchronous; runs compiled (node dist/api/tools/seed/src/main.js, via `npm run seed`).
 */
function main(argv: readonly string[]): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
    resolveOptions(args.options);
  } catch (error) {
    process.stderr.write(`seed: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const { options } = args;
  process.stderr.write(
    `seed ${options.seed}: ${options.partnerships} partnerships × ${options.years} years to ${options.lastYearStart}/${String((options.lastYearStart + 1) % 100).padStart(2, '0')}\n`,
  );
  const started = performance.now();
  let lastReport = 0;
  const bundle = generateBundle(options, (p) => {
    const now = performance.now();
    if (now - lastReport < 1000 && p.partnershipsDone < p.partnershipsTotal) return;
    lastReport = now;
    const perSecond = p.records / Math.max((now - started) / 1000, 0.001);
    process.stderr.write(`partnerships ${p.partnershipsDone}/${p.partnershipsTotal}, ${thousands(perSecond)} records/s\n`);
  });
  const generatedMs = performance.now() - started;

  if (args.check) {
    const checkStarted = performance.now();
    const problems = checkBundle(bundle);
    if (problems.length > 0) {
      process.stderr.write(`${problems.length} problems, e.g.:\n${problems.slice(0, 20).join('\n')}\n`);
      return 1;
    }
    process.stderr.write(`checked in ${seconds(performance.now() - checkStarted)}: every reference resolves and every rule holds\n`);
  }

  const writeStarted = performance.now();
  const bytes = writeBundleFile(bundle, args.out);
  const writtenMs = performance.now() - writeStarted;
  let total = 0;
  const width = Math.max(...BUNDLE_LISTS.map((s) => s.length));
  for (const section of BUNDLE_LISTS) {
    const count = bundle[section]?.length ?? 0;
    total += count;
    process.stdout.write(`${section.padEnd(width)} ${thousands(count).padStart(10)}\n`);
  }
  process.stdout.write(`${'total'.padEnd(width)} ${thousands(total).padStart(10)}\n`);
  process.stdout.write(
    `wrote ${args.out}: ${thousands(bytes)} bytes; generated in ${seconds(generatedMs)}, written in ${seconds(writtenMs)}\n`,
  );
  return 0;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

process.exitCode = main(process.argv.slice(2));

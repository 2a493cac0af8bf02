import { DEFAULT_OPTIONS, type GenerateOptions, NATIONAL_OPTIONS } from './generate';

export interface CliArgs {
  options: GenerateOptions;
  out: string;
  check: boolean;
  help: boolean;
}

export const USAGE = `Usage: seed [--seed N] [--partnerships N] [--years N] [--last-year-start YYYY] [--national] [--check] [--out FILE]

Writes a deterministic synthetic data bundle (default: 3 partnerships over 2021/22 to 2025/26, seed 2026).
  --national         150 partnerships over ten years (other flags still override)
  --last-year-start  the last financial year, by the year it starts in (2025 = 2025/26)
  --check            check the bundle against the database's rules before writing it
  --out FILE         where to write the JSON (default data/demo-bundle.json)`;

const NUMERIC: Record<string, keyof GenerateOptions> = {
  '--seed': 'seed',
  '--partnerships': 'partnerships',
  '--years': 'years',
  '--last-year-start': 'lastYearStart',
};

/** Parses the command line; throws an Error naming the flag when one is unknown or malformed. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const national = argv.includes('--national');
  const options: GenerateOptions = { ...(national ? NATIONAL_OPTIONS : DEFAULT_OPTIONS) };
  const args: CliArgs = { options, out: 'data/demo-bundle.json', check: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--national') continue;
    if (flag === '--check') args.check = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--out') args.out = value(argv, ++i, flag);
    else if (flag in NUMERIC) {
      const text = value(argv, ++i, flag);
      const n = Number(text);
      if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) throw new Error(`${flag} needs a whole number, got "${text}"`);
      options[NUMERIC[flag]] = n;
    } else throw new Error(`unknown option "${flag}"`);
  }
  return args;
}

function value(argv: readonly string[], i: number, flag: string): string {
  const v = argv[i];
  if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
  return v;
}

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** docs/benchmarks.md: one `## ` section per benchmark, each with a table of runs that grows. */
export const BENCHMARKS_DOC = 'docs/benchmarks.md';

/** The lines of one `## heading` section: [start, end) line indexes, or null if absent. */
function findSection(lines: string[], heading: string): [number, number] | null {
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start < 0) return null;
  const next = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return [start, next < 0 ? lines.length : next];
}

/**
 * Adds a row after the last table row of a section (so a section that is no longer the file's last
 * still grows in place); appends to the file if the section has no table.
 */
export function appendRowToSection(file: string, heading: string, row: string): void {
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  const section = findSection(lines, heading);
  let at = lines.length;
  if (section) {
    const rows = lines.map((l, i) => (i >= section[0] && i < section[1] && l.startsWith('|') ? i : -1)).filter((i) => i >= 0);
    if (rows.length) at = (rows.at(-1) as number) + 1;
  }
  if (at === lines.length && lines.at(-1) === '') at -= 1;
  lines.splice(at, 0, row.trimEnd());
  write(file, lines);
}

/** The text of a section (heading excluded), or '' if absent. */
export function readSection(file: string, heading: string): string {
  if (!existsSync(file)) return '';
  const lines = readFileSync(file, 'utf8').split('\n');
  const section = findSection(lines, heading);
  return section ? lines.slice(section[0] + 1, section[1]).join('\n') : '';
}

/** Replaces a section (or adds it at the end of the file) with `body` under its heading. */
export function writeSection(file: string, heading: string, body: string): void {
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  const section = findSection(lines, heading);
  const text = [heading, '', ...body.trim().split('\n'), ''];
  if (section) lines.splice(section[0], section[1] - section[0], ...text);
  else {
    while (lines.length && lines.at(-1) === '') lines.pop();
    lines.push('', ...text);
  }
  write(file, lines);
}

function write(file: string, lines: string[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join('\n').replace(/\n+$/, '')}\n`);
}

import { rmSync } from 'node:fs';

/** Removes this run's template database and its lock file. */
export default function removeTemplate(): void {
  const file = process.env['SLI_PGLITE_TEMPLATE_PATH'];
  if (!file) return;
  for (const f of [file, `${file}.partial`, `${file}.lock-target`, `${file}.lock-target.lock`]) rmSync(f, { force: true, recursive: true });
}

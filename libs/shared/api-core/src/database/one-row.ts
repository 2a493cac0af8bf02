/** The single row an INSERT … RETURNING or an aggregate gives; its absence is a bug, named. */
export function oneRow<T>(rows: readonly T[], what: string): T {
  const row = rows[0];
  if (row === undefined) throw new Error(`Expected one row from ${what}, got none`);
  return row;
}

/**
 * One problem of an import as a line a person reads, naming the record by its own reference when
 * known: `actions "A-12" (actions[3]).completedOn: cannot be in the future (today is 6 December 2026)`.
 * Without a ref (a problem of the whole bundle, or a record without one) the path stands alone.
 */
export function problemLine(p: { field?: string; message: string; ref?: string }): string {
  if (!p.field) return p.message;
  const at = /^([A-Za-z0-9]+)(\[\d+\])(.*)$/.exec(p.field);
  const where = at && p.ref !== undefined ? `${at[1]} "${p.ref}" (${at[1]}${at[2]})${at[3]}` : p.field;
  return `${where}: ${p.message}`;
}

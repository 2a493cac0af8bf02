/** The fields of a partial update that were sent: absent keys stay as they are, explicit nulls clear. */
export function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

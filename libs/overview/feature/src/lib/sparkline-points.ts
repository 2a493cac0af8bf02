/**
 * The known values as points in a 0–100 box: x by position in the series, y from the highest value (0)
 * to the lowest (100), or mid-height when all are equal. Gaps are joined over; `last` marks the final
 * year when it has a value.
 */
export function sparklinePoints(values: readonly (number | null)[]): { x: number; y: number; last: boolean }[] {
  const known = values.filter((v): v is number => v !== null);
  const min = Math.min(...known);
  const max = Math.max(...known);
  const span = values.length - 1 || 1;
  return values.flatMap((v, i) =>
    v === null ? [] : [{ x: (i / span) * 100, y: max === min ? 50 : ((max - v) / (max - min)) * 100, last: i === values.length - 1 }],
  );
}

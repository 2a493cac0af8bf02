/** Edit distance (insertions, deletions, substitutions) between two short strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

const simple = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The names nearest to what was typed, best first (at most `limit`): those containing it or
 * contained in it, then by edit distance, within half the typed length and within 2 of the closest.
 */
export function closestNames(typed: string, names: readonly string[], limit = 3): string[] {
  const t = simple(typed);
  if (t === '') return [];
  return names
    .map((name) => {
      const n = simple(name);
      const contains = n.includes(t) || t.includes(n);
      // A name typed short ("Re-referals" for "Re-referrals within 12 months") is compared with the name's start too.
      const start = editDistance(t, n.slice(0, t.length)) + 1;
      return { name, score: contains ? 0 : Math.min(editDistance(t, n), start) };
    })
    .filter((x) => x.score <= Math.max(2, Math.ceil(t.length / 2)))
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    // Only names about as close as the closest: one near miss is not buried among distant ones.
    .filter((x, _, sorted) => x.score <= (sorted[0]?.score ?? 0) + 2)
    .slice(0, limit)
    .map((x) => x.name);
}

/** ` Did you mean "A", "B" or "C"?` — or nothing when nothing is close. */
export function didYouMean(typed: string, names: readonly string[]): string {
  const near = closestNames(typed, names).map((n) => `"${n}"`);
  if (near.length === 0) return '';
  const list = near.length === 1 ? near[0] : `${near.slice(0, -1).join(', ')} or ${near[near.length - 1]}`;
  return ` Did you mean ${list}?`;
}

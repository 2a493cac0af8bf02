/**
 * Statistical disclosure control for published tables, after the convention of the Department for
 * Education's children's social care statistics (DESIGN.md section 4):
 *
 * - primary suppression: every count from 1 to the threshold (default 5) is shown as `c`; 0 is shown;
 * - secondary suppression: further counts are hidden so that no hidden count can be worked out from
 *   the row and column totals. First the conventional rule: a row or column (its total included)
 *   with exactly one hidden count gets its next smallest non-zero count hidden, or its total when
 *   there is none (preferring one that also mends its crossing line). Then a stronger check, because two rows of two hidden counts joined by a third
 *   can still be solved by combining several totals: see `protect`.
 * - a rate whose numerator or denominator is hidden is shown as `c`.
 * - a grand total published elsewhere (a headline count of the partnership's work) is shown and
 *   never relied on; when nothing else can protect a hidden count, the whole breakdown is hidden.
 *
 * Totals are counts too: a row total of 3 is hidden like any other 3.
 */

/** What a hidden count is shown as. */
export const SUPPRESSED = 'c';

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** A count is hidden at first sight when it is from 1 to the threshold; 0 never is. */
export function isPrimarySuppressed(count: number, threshold: number): boolean {
  return count >= 1 && count <= threshold;
}

/** One count published on its own: its digits, or `c`. */
export function suppressCount(count: number, threshold: number): string {
  return isPrimarySuppressed(count, threshold) ? SUPPRESSED : String(count);
}

/** A table of counts as published: cells and totals as text, hidden ones as `c`. */
export interface PublishedTable {
  cells: string[][];
  rowTotals: string[];
  columnTotals: string[];
  grandTotal: string;
  /** True when any count (cell or total) is shown as `c`. */
  suppressed: boolean;
}

/**
 * The table with its totals as one grid: `rows + 1` rows of `columns + 1` entries, the last entry
 * of each row its total, the last row the column totals, the bottom-right corner the grand total.
 * Every row and every column of the grid is then one equation: its last entry is the sum of the others.
 */
export function withTotals(cells: readonly (readonly number[])[], columns = cells[0]?.length ?? 0): number[][] {
  const grid = cells.map((row) => {
    if (row.length !== columns) throw new Error(`Every row needs ${columns} cells, got ${row.length}`);
    return [...row, row.reduce((a, b) => a + b, 0)];
  });
  const totals = Array.from({ length: columns + 1 }, (_, c) => grid.reduce((sum, row) => sum + (row[c] as number), 0));
  return [...grid, totals];
}

/** An entry of the grid, by row and column. */
export interface GridEntry {
  r: number;
  c: number;
}

/**
 * Extends `hidden` (a grid of flags the shape of `grid`, e.g. the primary suppressions) until no
 * hidden entry can be worked out from the visible ones. Returns a new grid of flags.
 *
 * Why it is safe: every grid line is an equation, and every entry lies on exactly two lines (its row
 * and its column). Seen as a graph with a vertex per line and an edge per hidden entry, a hidden
 * value is determined by the equations exactly when its edge lies on no cycle (the solutions of
 * the equations differ only by amounts alternating round cycles). So we hide entries until every
 * hidden edge lies on a cycle; a line with a single hidden entry is the simplest case.
 */
export function protect(
  grid: readonly (readonly number[])[],
  hidden: readonly (readonly boolean[])[],
  shown: readonly (readonly boolean[])[] = grid.map((row) => row.map(() => false)),
): boolean[][] {
  const flags = hidden.map((row, r) => row.map((h, c) => h && !shown[r][c]));
  for (;;) {
    const lone = hideLoneEntries(grid, flags, shown);
    if (lone === 'stuck') return hideAllBut(shown);
    if (lone) continue;
    const bridge = findBridge(flags);
    if (!bridge) return flags;
    const extra = bestEntry(grid, flags, bridgeCandidates(flags, bridge), shown);
    if (!extra) return hideAllBut(shown);
    flags[extra.r][extra.c] = true;
  }
}

/**
 * When entries that must be shown (a grand total published elsewhere) leave no way to protect a
 * hidden count, the whole breakdown is hidden, zeros included (a visible 0 would say where the people are not).
 */
function hideAllBut(shown: readonly (readonly boolean[])[]): boolean[][] {
  return shown.map((row) => row.map((s) => !s));
}

/**
 * The conventional rule, one line at a time; true when it hid something. Of the line's visible
 * non-zero entries it hides, in this order of preference: one whose crossing line also has a single
 * hidden entry (it mends both at once), a count before the line's total, the smallest. The grand
 * total, the table's headline number, comes last of all.
 */
function hideLoneEntries(grid: readonly (readonly number[])[], flags: boolean[][], shown: readonly (readonly boolean[])[]): boolean | 'stuck' {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  const rowLine = (r: number) => Array.from({ length: columns }, (_, c) => ({ r, c }));
  const columnLine = (c: number) => Array.from({ length: rows }, (_, r) => ({ r, c }));
  const hiddenIn = (line: GridEntry[]) => line.filter((e) => flags[e.r][e.c]).length;
  const lines = [...Array.from({ length: rows }, (_, r) => rowLine(r)), ...Array.from({ length: columns }, (_, c) => columnLine(c))];
  for (const [i, line] of lines.entries()) {
    if (hiddenIn(line) !== 1) continue;
    const isRow = i < rows;
    const rank = (e: GridEntry) => {
      if (e.r === rows - 1 && e.c === columns - 1) return 4;
      const crossing = isRow ? columnLine(e.c) : rowLine(e.r);
      const isTotal = isRow ? e.c === columns - 1 : e.r === rows - 1;
      return (hiddenIn(crossing) === 1 ? 0 : 2) + (isTotal ? 1 : 0);
    };
    const open = line.filter((e) => !flags[e.r][e.c] && !shown[e.r][e.c]);
    const pick =
      open.filter((e) => grid[e.r][e.c] > 0).sort((a, b) => rank(a) - rank(b) || grid[a.r][a.c] - grid[b.r][b.c])[0] ??
      bestEntry(grid, flags, open, shown);
    // Only entries that must be shown are left on the line: nothing here can protect the hidden one.
    if (!pick) return 'stuck';
    flags[pick.r][pick.c] = true;
    return true;
  }
  return false;
}

/** The smallest candidate not yet hidden, non-zero if there is one (first in reading order among equals). */
function bestEntry(
  grid: readonly (readonly number[])[],
  flags: boolean[][],
  candidates: GridEntry[],
  shown: readonly (readonly boolean[])[],
): GridEntry | null {
  const open = candidates.filter((e) => !flags[e.r][e.c] && !shown[e.r][e.c]);
  const value = (e: GridEntry) => grid[e.r][e.c];
  const byValue = (a: GridEntry, b: GridEntry) => value(a) - value(b) || a.r - b.r || a.c - b.c;
  return open.filter((e) => value(e) > 0).sort(byValue)[0] ?? open.sort(byValue)[0] ?? null;
}

/** Graph vertices: rows are 0..R-1, columns R..R+C-1. Each hidden entry is an edge. */
function edgesOf(flags: boolean[][]): { edges: GridEntry[]; vertices: number } {
  const rows = flags.length;
  const columns = flags[0]?.length ?? 0;
  const edges: GridEntry[] = [];
  flags.forEach((row, r) => row.forEach((h, c) => h && edges.push({ r, c })));
  return { edges, vertices: rows + columns };
}

/** A hidden entry whose edge is a bridge (lies on no cycle), or null when there is none. */
export function findBridge(flags: boolean[][]): GridEntry | null {
  const rows = flags.length;
  const { edges, vertices } = edgesOf(flags);
  const adjacency: { to: number; edge: number }[][] = Array.from({ length: vertices }, () => []);
  edges.forEach((e, i) => {
    adjacency[e.r].push({ to: rows + e.c, edge: i });
    adjacency[rows + e.c].push({ to: e.r, edge: i });
  });
  // Tarjan's bridge finding, iteratively (tables are small, but recursion depth should not depend on data).
  const order = new Array<number>(vertices).fill(-1);
  const low = new Array<number>(vertices).fill(0);
  let counter = 0;
  for (let root = 0; root < vertices; root++) {
    if (order[root] !== -1) continue;
    const stack: { v: number; viaEdge: number; next: number }[] = [{ v: root, viaEdge: -1, next: 0 }];
    order[root] = low[root] = counter++;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const arc = adjacency[top.v][top.next++];
      if (arc) {
        if (arc.edge === top.viaEdge) continue;
        if (order[arc.to] === -1) {
          order[arc.to] = low[arc.to] = counter++;
          stack.push({ v: arc.to, viaEdge: arc.edge, next: 0 });
        } else {
          low[top.v] = Math.min(low[top.v], order[arc.to]);
        }
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) continue;
      low[parent.v] = Math.min(low[parent.v], low[top.v]);
      if (low[top.v] > order[parent.v]) return edges[top.viaEdge];
    }
  }
  return null;
}

/** Entries that would close a cycle through `bridge`: from a row on one side of it to a column on the other. */
function bridgeCandidates(flags: boolean[][], bridge: GridEntry): GridEntry[] {
  const rows = flags.length;
  const columns = flags[0]?.length ?? 0;
  const { edges, vertices } = edgesOf(flags);
  const adjacency: number[][] = Array.from({ length: vertices }, () => []);
  for (const e of edges) {
    if (e.r === bridge.r && e.c === bridge.c) continue;
    adjacency[e.r].push(rows + e.c);
    adjacency[rows + e.c].push(e.r);
  }
  // Without the bridge its two ends fall apart: one side holds its row, the other its column.
  const rowSide = reachable(adjacency, bridge.r);
  const columnSide = reachable(adjacency, rows + bridge.c);
  const out: GridEntry[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const crosses = (rowSide[r] && columnSide[rows + c]) || (columnSide[r] && rowSide[rows + c]);
      if (crosses && !flags[r][c]) out.push({ r, c });
    }
  }
  return out;
}

function reachable(adjacency: number[][], start: number): boolean[] {
  const seen = new Array<boolean>(adjacency.length).fill(false);
  const stack = [start];
  seen[start] = true;
  for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
    for (const next of adjacency[v]) {
      if (!seen[next]) {
        seen[next] = true;
        stack.push(next);
      }
    }
  }
  return seen;
}

/** Primary suppression of a grid: every entry from 1 to the threshold. */
export function primarySuppression(grid: readonly (readonly number[])[], threshold: number): boolean[][] {
  return grid.map((row) => row.map((v) => isPrimarySuppressed(v, threshold)));
}

/** Options of `publishTable`. */
export interface PublishTableOptions {
  /**
   * The grand total is published elsewhere as it is (e.g. the headline count of notifications the
   * partnership made, its work): it is shown, and no suppression may rely on hiding it.
   */
  grandTotalPublished?: boolean;
}

/**
 * Publishes a table of counts (rows of cells; totals are computed): with `threshold` null, exact
 * values; otherwise primary and secondary suppression as described at the top of this file.
 */
export function publishTable(
  cells: readonly (readonly number[])[],
  columns: number,
  threshold: number | null,
  options: PublishTableOptions = {},
): PublishedTable {
  const grid = withTotals(cells, columns);
  const last = grid.length - 1;
  const shown = grid.map((row, r) => row.map((_, c) => !!options.grandTotalPublished && r === last && c === row.length - 1));
  const hidden = threshold === null ? grid.map((row) => row.map(() => false)) : protect(grid, primarySuppression(grid, threshold), shown);
  const text = grid.map((row, r) => row.map((v, c) => (hidden[r][c] ? SUPPRESSED : String(v))));
  const lastOf = (row: string[]) => row[row.length - 1];
  const bottom = text[text.length - 1];
  return {
    cells: text.slice(0, -1).map((row) => row.slice(0, -1)),
    rowTotals: text.slice(0, -1).map(lastOf),
    columnTotals: bottom.slice(0, -1),
    grandTotal: lastOf(bottom),
    suppressed: hidden.some((row) => row.some(Boolean)),
  };
}

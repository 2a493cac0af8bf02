import fc from 'fast-check';
import { publishFigure } from './report-figures';
import { DISCLOSURES, disclosureThreshold } from './disclosure';
import { findBridge, primarySuppression, protect, publishTable, suppressCount, withTotals } from './suppression';

describe('suppressCount', () => {
  it('hides 1 to the threshold, never 0', () => {
    expect([0, 1, 5, 6].map((n) => suppressCount(n, 5))).toEqual(['0', 'c', 'c', '6']);
    expect(suppressCount(10, 10)).toBe('c');
    expect(suppressCount(1, 0)).toBe('1');
  });
});

describe('publishTable', () => {
  it('hides a lone small count and the next smallest counts until no total reveals it', () => {
    // Table (totals computed):      Published:
    //    3  10  20 | 33                 c   c  20 | 33
    //   12   8  30 | 50                12   8  30 | 50
    //    7   9   0 | 16                 c   c   0 | 16
    //   22  27  50 | 99                22  27  50 | 99
    // 3 is hidden (1–5). Row 1 then has one hidden count: hide its next smallest non-zero, 10.
    // Column 1 has one hidden (3): hide its next smallest, 7 (not 12). Row 3 now has one (7):
    // hide 9 (0 is never chosen). Every row and column now has two hidden counts or none:
    // row 1 gives 3 + 10 = 13, column 1 gives 3 + 7 = 10, and no combination of totals splits them.
    expect(publishTable([[3, 10, 20], [12, 8, 30], [7, 9, 0]], 3, 5)).toEqual({
      cells: [['c', 'c', '20'], ['12', '8', '30'], ['c', 'c', '0']],
      rowTotals: ['33', '50', '16'],
      columnTotals: ['22', '27', '50'],
      grandTotal: '99',
      suppressed: true,
    });
  });

  it('hides totals that are small counts, and keeps zeros', () => {
    //    4   0 |  4        c   0 | c     4 and its row total 4 are hidden (1–5).
    //   10  20 | 30   =>   c  20 | c     Column 1 then has one hidden count: hide 10 (not the total 14).
    //   14  20 | 34       14  20 | 34    Row 2 then has one (10): of 20 and its total 30, hide 30,
    //                                      because the totals column also has one (4) and this mends both.
    expect(publishTable([[4, 0], [10, 20]], 2, 5)).toEqual({
      cells: [['c', '0'], ['c', '20']],
      rowTotals: ['c', 'c'],
      columnTotals: ['14', '20'],
      grandTotal: '34',
      suppressed: true,
    });
  });

  it('hides every cell of a single row, whose column totals equal its cells, but not its total', () => {
    //   3 10 | 13  =>   c  c | 13
    //   3 10 | 13       c  c | 13
    expect(publishTable([[3, 10]], 2, 5)).toEqual({
      cells: [['c', 'c']],
      rowTotals: ['13'],
      columnTotals: ['c', 'c'],
      grandTotal: '13',
      suppressed: true,
    });
  });

  it('uses the threshold it is given, and shows exact values without one', () => {
    const cells = [[8, 12], [20, 30]];
    expect(publishTable(cells, 2, 10).cells).toEqual([['c', 'c'], ['c', 'c']]);
    expect(publishTable(cells, 2, 5)).toMatchObject({ cells: [['8', '12'], ['20', '30']], suppressed: false });
    expect(publishTable([[1, 2]], 2, 0)).toMatchObject({ cells: [['1', '2']], grandTotal: '3', suppressed: false });
    expect(publishTable([[1, 2]], 2, null)).toEqual({
      cells: [['1', '2']],
      rowTotals: ['3'],
      columnTotals: ['1', '2'],
      grandTotal: '3',
      suppressed: false,
    });
  });

  it('publishes an empty table as zeros', () => {
    expect(publishTable([], 3, 5)).toEqual({ cells: [], rowTotals: [], columnTotals: ['0', '0', '0'], grandTotal: '0', suppressed: false });
  });
});

describe('protect', () => {
  it('breaks a chain of hidden counts that totals could unpick together', () => {
    // Grid (table + totals):   Hidden before (x):     Two 2×2 blocks joined by (1,2): every line has
    //    1  2 10 | 13           x  x  .  .              two hidden entries or more, yet row 2 less
    //    3  4 11 | 18           x  x  x  .              columns 1 and 2 plus row 1 gives
    //   20 21  6 | 47           .  .  x  x              (3 + 4 + 11) − (1 + 3) − (2 + 4) + (1 + 2) = 11,
    //   24 27 27 | 78           .  .  x  x              i.e. 18 − 4 − 6 + 3: the 11 is revealed.
    // A cycle through (1,2) needs an entry from rows {0,1} to columns {2,3} or rows {2,3} to columns
    // {0,1}: (0,2)=10, (0,3)=13, (1,3)=18, (2,0)=20, (2,1)=21, (3,0)=24, (3,1)=27. The smallest is 10.
    const grid = withTotals([[1, 2, 10], [3, 4, 11], [20, 21, 6]]);
    const x = true;
    const o = false;
    const before = [
      [x, x, o, o],
      [x, x, x, o],
      [o, o, x, x],
      [o, o, x, x],
    ];
    expect(findBridge(before)).toEqual({ r: 1, c: 2 });
    const after = protect(grid, before);
    expect(after).toEqual([
      [x, x, x, o],
      [x, x, x, o],
      [o, o, x, x],
      [o, o, x, x],
    ]);
    expect(findBridge(after)).toBeNull();
  });
});

describe('publishFigure', () => {
  it('hides a small count and the change from it', () => {
    expect(publishFigure('count', { value: 3 }, { value: 9 }, 5)).toMatchObject({
      current: 'c',
      previous: '9',
      currentValue: null,
      previousValue: 9,
      change: 'c',
      changeValue: null,
      suppressed: true,
    });
    expect(publishFigure('count', { value: 3 }, { value: 9 }, null)).toMatchObject({ current: '3', change: '-6', changeValue: -6, suppressed: false });
    expect(publishFigure('count', { value: 0 }, { value: 0 }, 5)).toMatchObject({ current: '0', change: '0', suppressed: false });
  });

  it('hides a rate whose numerator or denominator is hidden', () => {
    // 4 of 10 notified on time: the numerator 4 is hidden, so is the 40%.
    expect(publishFigure('percent', { value: 40, numerator: 4, denominator: 10 }, { value: 75, numerator: 6, denominator: 8 }, 5)).toEqual({
      current: 'c',
      previous: '75',
      currentValue: null,
      previousValue: 75,
      currentNumerator: 'c',
      currentDenominator: '10',
      previousNumerator: '6',
      previousDenominator: '8',
      change: 'c',
      changeValue: null,
      suppressed: true,
    });
    // 20 of 30 (66.7%) against 6 of 8 (75%): 8.3 percentage points down.
    expect(publishFigure('percent', { value: 200 / 3, numerator: 20, denominator: 30 }, { value: 75, numerator: 6, denominator: 8 }, 5)).toMatchObject({
      current: '66.7',
      change: '-8.3',
      suppressed: false,
    });
  });

  it('leaves a figure with nothing measured empty', () => {
    expect(publishFigure('percent', { value: null, numerator: 0, denominator: 0 }, { value: 50, numerator: 7, denominator: 14 }, 5)).toMatchObject({
      current: null,
      currentNumerator: '0',
      previous: '50',
      change: null,
      suppressed: false,
    });
  });
});

// ---- Properties, on random small tables of mostly small counts ----

const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 }));
const table = fc
  .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([rows, columns]) => fc.tuple(fc.constant(columns), fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows })));
const threshold = fc.integer({ min: 0, max: 8 });

/** Hidden flags and values of the whole grid, read back from a published table. */
function grid(published: ReturnType<typeof publishTable>): string[][] {
  return [...published.cells.map((row, r) => [...row, published.rowTotals[r]]), [...published.columnTotals, published.grandTotal]];
}

/**
 * Whether the hidden entry `k` is fixed by the published totals: the equations of every grid line
 * (its last entry = the sum of the others), with visible values moved to the right, determine x_k
 * exactly when the unit vector e_k lies in the row space of their coefficients. Checked by ranks,
 * with exact small-integer elimination — an oracle independent of the graph argument in the code.
 */
function determined(hidden: boolean[][], k: number): boolean {
  const unknowns: [number, number][] = [];
  hidden.forEach((row, r) => row.forEach((h, c) => h && unknowns.push([r, c])));
  const rows = hidden.length;
  const columns = hidden[0].length;
  const equations: number[][] = [];
  for (let r = 0; r < rows; r++) equations.push(unknowns.map(([ur, uc]) => (ur !== r ? 0 : uc === columns - 1 ? -1 : 1)));
  for (let c = 0; c < columns; c++) equations.push(unknowns.map(([ur, uc]) => (uc !== c ? 0 : ur === rows - 1 ? -1 : 1)));
  const unit = unknowns.map((_, i) => (i === k ? 1 : 0));
  return rank(equations) === rank([...equations, unit]);
}

function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c]) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot], m[r]];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i][c] / m[r][c];
      if (f !== 0) m[i] = m[i].map((v, j) => v - f * m[r][j]);
    }
    r++;
  }
  return r;
}

describe('suppression properties', () => {
  it('never leaves a row or column (totals included) with exactly one hidden entry', () => {
    fc.assert(
      fc.property(table, threshold, ([columns, cells], t) => {
        const g = grid(publishTable(cells, columns, t));
        const lines = [...g, ...g[0].map((_, c) => g.map((row) => row[c]))];
        for (const line of lines) expect(line.filter((v) => v === 'c').length).not.toBe(1);
      }),
    );
  });

  it('leaves no hidden entry that any combination of totals determines', () => {
    fc.assert(
      fc.property(table, threshold, ([columns, cells], t) => {
        const hidden = grid(publishTable(cells, columns, t)).map((row) => row.map((v) => v === 'c'));
        const n = hidden.flat().filter(Boolean).length;
        for (let k = 0; k < n; k++) expect(determined(hidden, k)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('shows every visible entry exactly and hides every count from 1 to the threshold', () => {
    fc.assert(
      fc.property(table, threshold, ([columns, cells], t) => {
        const exact = withTotals(cells, columns);
        const shown = grid(publishTable(cells, columns, t));
        exact.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v >= 1 && v <= t) expect(shown[r][c]).toBe('c');
            else if (shown[r][c] !== 'c') expect(shown[r][c]).toBe(String(v));
          }),
        );
        expect(grid(publishTable(cells, columns, null))).toEqual(exact.map((row) => row.map(String)));
      }),
    );
  });

  it('is idempotent: protecting an already protected pattern changes nothing', () => {
    fc.assert(
      fc.property(table, threshold, ([columns, cells], t) => {
        const g = withTotals(cells, columns);
        const once = protect(g, primarySuppression(g, t));
        expect(protect(g, once)).toEqual(once);
      }),
    );
  });

  it('hides nothing when no count is from 1 to the threshold', () => {
    fc.assert(
      fc.property(table, ([columns, cells]) => {
        expect(publishTable(cells, columns, 0).suppressed).toBe(false);
      }),
    );
  });
});

describe('disclosure by kind (DESIGN.md section 4)', () => {
  it("publishes counts of the partnership's work, and rates on them, as they are", () => {
    const threshold = disclosureThreshold('work', 5);
    expect(threshold).toBeNull();
    // 3 reviews started against 1 the year before: small, and published as they are.
    expect(publishFigure('count', { value: 3 }, { value: 1 }, threshold)).toMatchObject({
      current: '3',
      previous: '1',
      change: '+2',
      suppressed: false,
    });
    // 2 of 3 rapid reviews on time: numerator and denominator shown, so is the rate.
    expect(publishFigure('percent', { value: 66.67, numerator: 2, denominator: 3 }, { value: null }, threshold)).toMatchObject({
      current: '66.7',
      currentNumerator: '2',
      currentDenominator: '3',
      suppressed: false,
    });
    expect(publishTable([[1, 2], [0, 4]], 2, threshold)).toEqual({
      cells: [['1', '2'], ['0', '4']],
      rowTotals: ['3', '4'],
      columnTotals: ['1', '6'],
      grandTotal: '7',
      suppressed: false,
    });
  });

  it('suppresses counts of people by characteristic, with secondary suppression, and rates on them', () => {
    const threshold = disclosureThreshold('people-by-characteristic', 5);
    expect(threshold).toBe(5);
    // Children by harm (rows) and age band (columns):
    //   2  9 | 11        c  c | 11    2 is hidden; its row then has one hidden, so 9 is hidden;
    //   8 12 | 20   =>   c  c | 20    its column has one, so 8; then 12 to mend row 2 and column 2.
    //  10 21 | 31       10 21 | 31
    expect(publishTable([[2, 9], [8, 12]], 2, threshold)).toEqual({
      cells: [['c', 'c'], ['c', 'c']],
      rowTotals: ['11', '20'],
      columnTotals: ['10', '21'],
      grandTotal: '31',
      suppressed: true,
    });
    expect(publishFigure('percent', { value: 40, numerator: 2, denominator: 5 }, { value: null }, threshold)).toMatchObject({
      current: 'c',
      currentNumerator: 'c',
      suppressed: true,
    });
  });

  it('shows exact values of either kind in exact mode', () => {
    expect(DISCLOSURES.map((d) => disclosureThreshold(d, null))).toEqual([null, null]);
  });
});

describe('a grand total published elsewhere', () => {
  it('is shown, and the suppression does not rely on hiding it', () => {
    //  Harm × age:   2  0 |  2          c  0 |  c     2 and its row total are hidden; the 10 and its
    //               10  0 | 10    =>    c  0 |  c     row total go with them, so that 12 (the grand total,
    //               12  0 | 12         12  0 | 12     published by the headline) splits any way: a + b = 12.
    expect(publishTable([[2, 0], [10, 0]], 2, 5, { grandTotalPublished: true })).toEqual({
      cells: [['c', '0'], ['c', '0']],
      rowTotals: ['c', 'c'],
      columnTotals: ['12', '0'],
      grandTotal: '12',
      suppressed: true,
    });
  });

  it('hides the whole breakdown, zeros included, when nothing else can protect a small count', () => {
    // One row: the grand total (published) equals the row total and every column total is a cell.
    expect(publishTable([[3, 0]], 2, 5, { grandTotalPublished: true })).toEqual({
      cells: [['c', 'c']],
      rowTotals: ['c'],
      columnTotals: ['c', 'c'],
      grandTotal: '3',
      suppressed: true,
    });
  });

  it('leaves no hidden entry that the totals, the published grand total included, determine', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat({ max: 12 }), { minLength: 2, maxLength: 4 }), { minLength: 2, maxLength: 4 }), (rows) => {
        const width = rows[0]?.length ?? 0;
        const cells = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 0));
        const published = publishTable(cells, width, 5, { grandTotalPublished: true });
        const grand = cells.flat().reduce((a, b) => a + b, 0);
        expect(published.grandTotal).toBe(String(grand));
        const flags = [...published.cells.map((r, i) => [...r, published.rowTotals[i]]), [...published.columnTotals, published.grandTotal]].map((r) =>
          r.map((v) => v === 'c'),
        );
        expect(findBridge(flags)).toBeNull();
      }),
    );
  });
});

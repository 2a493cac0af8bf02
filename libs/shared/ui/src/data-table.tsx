import { useMemo, useState } from 'react';
import { cellValue, exportCsv, exportXlsx, type Column } from './export';

interface Props<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  /** File name (no extension) for the CSV and XLSX downloads. */
  exportName: string;
  rowKey: (row: Row, index: number) => string;
  empty?: string;
}

/** An accessible, sortable table whose rows on screen download as CSV or XLSX. */
export function DataTable<Row>({ caption, columns, rows, exportName, rowKey, empty }: Props<Row>) {
  const [sort, setSort] = useState<{ key: string; dir: 'ascending' | 'descending' } | null>(null);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const column = columns.find((c) => c.key === sort.key);
    if (!column) return rows;
    const sign = sort.dir === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = cellValue(column, a);
      const y = cellValue(column, b);
      if (x == null) return 1;
      if (y == null) return -1;
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en-GB')) * sign;
    });
  }, [rows, columns, sort]);

  return (
    <div className="table-block">
      <div className="table-tools">
        <button type="button" onClick={() => exportCsv(exportName, columns, sorted)}>
          Download CSV<span className="visually-hidden"> of {caption}</span>
        </button>
        <button type="button" onClick={() => void exportXlsx(exportName, columns, sorted)}>
          Download XLSX<span className="visually-hidden"> of {caption}</span>
        </button>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort?.key === c.key;
                return (
                  <th key={c.key} scope="col" aria-sort={active ? sort.dir : 'none'} className={c.align === 'right' ? 'num' : undefined}>
                    <button
                      type="button"
                      className="sort"
                      onClick={() =>
                        setSort(active && sort.dir === 'ascending' ? { key: c.key, dir: 'descending' } : { key: c.key, dir: 'ascending' })
                      }
                    >
                      {c.header}
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.length === 0 ? (
              <tr>
                <td colSpan={columns.length}>{empty ?? 'Nothing to show for these filters.'}</td>
              </tr>
            ) : (
              sorted.map((row, i) => (
                <tr key={rowKey(row, i)}>
                  {columns.map((c) => (
                    <td key={c.key} className={c.align === 'right' ? 'num' : undefined}>
                      {c.render ? c.render(row) : (cellValue(c, row) ?? '–')}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

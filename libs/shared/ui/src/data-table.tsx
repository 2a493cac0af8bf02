import { useId, useMemo, useState } from 'react';
import { metricFilter, sortWords, useFilters, type SortWords } from '@sli/shared/data-access';
import { DownloadButtons } from './download-buttons';
import { cellValue, exportList, exportTable, type Column, type ExportFormat, type ExportScope, type ServerExport } from './export';

interface Props<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  /** What the download is, as the start of its file name: `overdue-actions` → `overdue-actions_NSCP_as-of-2026-12-06.csv`. */
  exportName: string;
  /** The file's title (its data sheet and "What" line); the caption by default. */
  exportTitle?: string;
  /**
   * Which page filters the table answers to, for the file's about block: all of them and the as-of date
   * (`page`, the default), only the partnership (one record's details, a partnership's users), or none.
   */
  exportFilters?: 'page' | 'partnership' | 'none';
  /** More about the rows, in words, e.g. `{ label: 'Review', value: 'R-12 Child A' }`. */
  exportDetails?: { label: string; value: string }[];
  /** The as-of date of the rows when only the partnership filter applies (a review's milestones). */
  exportAsOf?: string;
  /** For a page of a longer list: the API downloads every row of the list instead of the rows on screen. */
  serverExport?: ServerExport;
  rowKey: (row: Row, index: number) => string;
  empty?: string;
  /**
   * For a page of a longer list: the server sorts (the rows come in its order) and the sort lives in the
   * URL. Only the columns it can sort by get a sort button; the others are plain headers.
   */
  serverSort?: ServerSort;
}

/** The server's sort of a paged list, as the page holds it (usually in the URL). */
export interface ServerSort {
  /** Column keys the server can sort by. */
  columns: readonly string[];
  /** The column sorted by now, and which way. */
  key: string;
  dir: 'asc' | 'desc';
  /** Asks for another sort; a new sort starts again from the first page. */
  onSort: (key: string, dir: 'asc' | 'desc') => void;
  /** Each column's sort in words ("by date aware", "oldest first", "most recent first"), for the phone's sort menu. */
  words?: SortWords;
}

/** One choice of the phone's sort menu: "By date aware, most recent first", or the heading and a direction. */
function sortChoice(header: string, key: string, dir: 'asc' | 'desc', words?: SortWords): string {
  if (words?.[key]) {
    const text = sortWords(words, key, dir);
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  return `${header}, ${dir === 'asc' ? 'ascending' : 'descending'}`;
}

/**
 * An accessible, sortable table (stacked rows on a phone) that downloads as CSV or XLSX: the rows it holds, or, for a page of a
 * longer list, every row of the list from the API. Either way the file names its partnership, filters,
 * as-of date, when it was made and by whom.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  exportName,
  exportTitle,
  exportFilters = 'page',
  exportDetails,
  exportAsOf,
  serverExport,
  rowKey,
  empty,
  serverSort,
}: Props<Row>) {
  const [sort, setSort] = useState<{ key: string; dir: 'ascending' | 'descending' } | null>(null);
  const id = useId();
  const { filters, range, asOf } = useFilters();
  const sorted = useMemo(() => {
    if (!sort || serverSort) return rows;
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
  }, [rows, columns, sort, serverSort]);

  const scopeOf = (which: 'page' | 'partnership' | 'none'): ExportScope => {
    const partnership = filters.partnershipId ? { partnershipIds: [filters.partnershipId] } : {};
    if (which === 'page') return { filter: metricFilter(filters, range), asOf, extra: exportDetails };
    return { filter: which === 'partnership' ? partnership : null, asOf: exportAsOf ?? null, extra: exportDetails };
  };
  const download = (format: ExportFormat): Promise<string> =>
    serverExport
      ? exportList(format, serverExport)
      : exportTable(format, { name: exportName, title: exportTitle ?? caption, columns, rows: sorted, scope: scopeOf(exportFilters) });

  // The phone's sort menu: the server's sortable columns, or every column of a table sorted here.
  const sortable = serverSort ? columns.filter((c) => serverSort.columns.includes(c.key)) : columns;
  const current = serverSort
    ? `${serverSort.key}:${serverSort.dir}`
    : sort
      ? `${sort.key}:${sort.dir === 'ascending' ? 'asc' : 'desc'}`
      : '';
  const choose = (value: string) => {
    const at = value.lastIndexOf(':');
    const key = value.slice(0, at);
    const dir = value.slice(at + 1) === 'desc' ? 'desc' : 'asc';
    if (!key) return;
    if (serverSort) serverSort.onSort(key, dir);
    else setSort({ key, dir: dir === 'asc' ? 'ascending' : 'descending' });
  };

  return (
    <div className="table-block">
      <DownloadButtons what={caption} download={download} hint={serverExport ? 'Downloads hold every row of the list, not only this page.' : undefined} />
      {sortable.length > 0 && rows.length > 1 ? (
        // Shown only while rows are stacked (under 640 px wide), where the column headings are hidden:
        // the same sort as the headings' buttons, reachable by touch.
        <div className="field stacked-sort">
          <label htmlFor={`${id}-sort`}>
            Sort by<span className="visually-hidden"> ({caption})</span>
          </label>
          <select id={`${id}-sort`} value={current} onChange={(e) => choose(e.target.value)}>
            {current === '' ? <option value="">As listed</option> : null}
            {sortable.flatMap((c) =>
              (['asc', 'desc'] as const).map((d) => (
                <option key={`${c.key}:${d}`} value={`${c.key}:${d}`}>
                  {sortChoice(c.header, c.key, d, serverSort?.words)}
                </option>
              )),
            )}
          </select>
        </div>
      ) : null}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        {/* Below 640 px wide each row stacks, every cell labelled with its column's heading (data-label). */}
        <table className="stackable">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                if (serverSort) {
                  const on = serverSort.key === c.key;
                  const align = c.align === 'right' ? 'num' : undefined;
                  if (!serverSort.columns.includes(c.key)) {
                    return (
                      <th key={c.key} scope="col" className={align}>
                        {c.header}
                      </th>
                    );
                  }
                  return (
                    <th key={c.key} scope="col" aria-sort={on ? (serverSort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} className={align}>
                      <button
                        type="button"
                        className="sort"
                        onClick={() => serverSort.onSort(c.key, on && serverSort.dir === 'asc' ? 'desc' : 'asc')}
                      >
                        {c.header}
                      </button>
                    </th>
                  );
                }
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
                    <td key={c.key} className={c.align === 'right' ? 'num' : undefined} data-label={c.header}>
                      {/* One box per cell: the stacked layout puts the label beside it, whatever it holds. */}
                      {c.render ? <div className="cell">{c.render(row)}</div> : (cellValue(c, row) ?? '–')}
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

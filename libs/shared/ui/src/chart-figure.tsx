import type { ReactNode } from 'react';
import { DataTable } from './data-table';
import type { Column } from './export';

interface Props<Row> {
  title: string;
  description?: string;
  /** The chart itself (Recharts); hidden from assistive technology, which gets the table. */
  chart: ReactNode;
  columns: Column<Row>[];
  rows: Row[];
  exportName: string;
  rowKey: (row: Row, index: number) => string;
  /** How many records the chart rests on, shown under its title: `{ count: 118, of: 'follow-ups answered' }`. */
  n?: { count: number; of: string };
  /**
   * The chart is plain HTML whose every part has a text name (e.g. the BRAG bar's segments, each a
   * link to the actions behind it): shown to assistive technology and clickable, not hidden.
   */
  chartIsAccessible?: boolean;
}

/**
 * A chart with its data as a table beside it (WCAG: every chart's data is available as text).
 * Charts inside must set `accessibilityLayer={false}`: the slot is aria-hidden, so a focusable
 * chart would trap keyboard focus in hidden content; the table is the accessible version.
 */
export function ChartFigure<Row>({ title, description, chart, columns, rows, exportName, rowKey, n, chartIsAccessible }: Props<Row>) {
  return (
    <figure className="chart-figure">
      <figcaption>
        <h3>{title}</h3>
        {n ? (
          <p className="hint" data-testid="chart-n">
            n = {n.count.toLocaleString('en-GB')} {n.of}
          </p>
        ) : null}
        {description ? <p className="hint">{description}</p> : null}
      </figcaption>
      {chartIsAccessible ? (
        <div className="chart">{chart}</div>
      ) : (
        <div className="chart" aria-hidden="true" inert>
          {chart}
        </div>
      )}
      <details>
        <summary>Show the data as a table</summary>
        <DataTable caption={title} columns={columns} rows={rows} exportName={exportName} rowKey={rowKey} />
      </details>
    </figure>
  );
}

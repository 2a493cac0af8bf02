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
   * A key drawn in HTML, in a block of its own under the chart, so it grows with its items on a narrow
   * screen instead of spilling over the controls below (Recharts' own legend stays inside the chart).
   */
  legend?: ReactNode;
  /** The chart's height in pixels, or 'auto' for a chart drawn in HTML that sizes itself; 280 by default. */
  height?: number | 'auto';
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
export function ChartFigure<Row>({ title, description, chart, columns, rows, exportName, rowKey, n, legend, height, chartIsAccessible }: Props<Row>) {
  const style = height === undefined ? undefined : { height: height === 'auto' ? 'auto' : `${height}px` };
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
        <div className="chart" style={style}>
          {chart}
        </div>
      ) : (
        <div className="chart" aria-hidden="true" inert style={style}>
          {chart}
        </div>
      )}
      {legend ? (
        <div className="chart-legend" aria-hidden={chartIsAccessible ? undefined : true}>
          {legend}
        </div>
      ) : null}
      <details>
        <summary>Show the data as a table</summary>
        <DataTable caption={title} columns={columns} rows={rows} exportName={exportName} rowKey={rowKey} />
      </details>
    </figure>
  );
}

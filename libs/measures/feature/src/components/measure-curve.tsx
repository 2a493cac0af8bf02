import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure, COLOURS, type Column } from '@sli/shared/ui';
import type { MeasureUnit } from '@sli/shared/data-access';
import type { ScorecardEntry } from '../api/scorecard';
import { formatTick, formatValue } from '../lib/words';

interface CurveRow {
  label: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  forecast: number | null;
  target: number | null;
}

/** Keeps a fitted value where the forecast keeps it: percentages within 0–100, everything else at 0 or more. */
function clamp(v: number, unit: MeasureUnit): number {
  const floor = Math.max(0, v);
  return unit === 'PERCENT' ? Math.min(100, floor) : floor;
}

/** The series, then the forecast periods; the dashed forecast starts from the fitted value at the last period. */
export function curveRows(entry: ScorecardEntry): CurveRow[] {
  const { measure, analysis } = entry;
  const target = measure.target ?? null;
  const rows: CurveRow[] = measure.series.map((p) => ({
    label: p.label,
    value: p.value ?? null,
    numerator: p.numerator ?? null,
    denominator: p.denominator ?? null,
    forecast: null,
    target,
  }));
  const forecast = analysis.forecast;
  const first = forecast?.points[0];
  const last = rows[rows.length - 1];
  if (forecast && first && first.value != null && last) {
    last.forecast = clamp(first.value - forecast.slope, measure.unit);
    for (const p of forecast.points) {
      rows.push({ label: p.label, value: null, numerator: null, denominator: null, forecast: p.value ?? null, target });
    }
  }
  return rows;
}

function columns(unit: MeasureUnit, lastActual: string | undefined): Column<CurveRow>[] {
  return [
    { key: 'label', header: 'Period' },
    { key: 'value', header: 'Value', align: 'right', render: (r) => formatValue(r.value, unit) },
    {
      key: 'outOf',
      header: 'Counted',
      value: (r) => (r.numerator != null && r.denominator != null ? `${r.numerator} of ${r.denominator}` : null),
    },
    {
      key: 'forecast',
      header: 'Forecast (straight-line fit)',
      align: 'right',
      value: (r) => (r.label === lastActual ? null : r.forecast),
      render: (r) => (r.label === lastActual || r.forecast == null ? '–' : formatValue(r.forecast, unit)),
    },
    { key: 'target', header: 'Target', align: 'right', render: (r) => formatValue(r.target, unit) },
  ];
}

/** Percentages: a window around the values (and the target) within 0–100, so the curve's turns show. */
const PERCENT_DOMAIN: [(min: number) => number, (max: number) => number] = [
  (min) => Math.max(0, Math.floor((min - 5) / 10) * 10),
  (max) => Math.min(100, Math.ceil((max + 5) / 10) * 10),
];

/** The curve: the measure's values, the forecast if nothing changes (dashed) and the target (a reference line). */
export function MeasureCurve({ entry }: { entry: ScorecardEntry }) {
  const { measure } = entry;
  const rows = curveRows(entry);
  const unit = measure.unit;
  const lastActual = measure.series[measure.series.length - 1]?.label;
  const tick = (v: number) => formatTick(v, unit);
  return (
    <ChartFigure
      title={`${measure.name}: the curve`}
      description={
        entry.analysis.forecast
          ? 'Solid line: the values. Dashed line: the forecast if nothing changes. Grey line: the target.'
          : 'Too few values for a forecast.'
      }
      exportName={`oba-${measure.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40)}`}
      rowKey={(r) => r.label}
      columns={columns(unit, lastActual)}
      rows={rows}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 10, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e0e0e0" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={24} />
            <YAxis
              tick={{ fontSize: 12 }}
              tickFormatter={tick}
              width={56}
              allowDecimals={unit !== 'COUNT'}
              domain={unit === 'PERCENT' ? PERCENT_DOMAIN : [0, 'auto']} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? formatValue(v, unit) : String(v))} />
            <Legend itemSorter={null} />
            {measure.target != null ? (
              <ReferenceLine
                y={measure.target}
                stroke={COLOURS.grey}
                strokeWidth={2}
                strokeDasharray="2 3"
                ifOverflow="extendDomain"
                label={{ value: `Target ${formatValue(measure.target, unit)}`, position: 'insideTopLeft', fill: '#3b4249', fontSize: 12 }}
              />
            ) : null}
            <Line
              name="Value"
              type="linear"
              dataKey="value"
              stroke={COLOURS.primary}
              strokeWidth={2}
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
            <Line
              name="Forecast"
              type="linear"
              dataKey="forecast"
              stroke={COLOURS.secondary}
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      }
    />
  );
}

import { COLOURS } from '@sli/shared/ui';
import { Line, LineChart, ResponsiveContainer, YAxis } from 'recharts';

/** A small trend line; decorative (the figures are in the trend table), so hidden from assistive technology. */
export function Sparkline({ values, caption }: { values: (number | null)[]; caption: string }) {
  if (values.filter((v) => v !== null).length < 2) return null;
  const data = values.map((v, i) => ({ i, v }));
  const last = values.length - 1;
  return (
    <>
      <div className="overview-spark" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart accessibilityLayer={false} data={data} margin={{ top: 4, right: 6, bottom: 4, left: 6 }}>
            <YAxis hide domain={['dataMin', 'dataMax']} />
            <Line
              type="linear"
              connectNulls
              dataKey="v"
              stroke={COLOURS.primary}
              strokeWidth={2}
              isAnimationActive={false}
              dot={(props: { cx?: number; cy?: number; index?: number }) =>
                props.index === last && props.cx != null && props.cy != null ? (
                  <circle key="last" cx={props.cx} cy={props.cy} r={3.5} fill={COLOURS.primary} />
                ) : (
                  <g key={`p${props.index ?? 0}`} />
                )
              }
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="hint overview-spark-caption">{caption}</p>
    </>
  );
}

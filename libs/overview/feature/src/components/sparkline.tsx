import { COLOURS } from '@sli/shared/ui';
import { sparklinePoints } from '../lib/sparkline-points';

/**
 * A small trend line; decorative (the figures are in the trend table), so hidden from assistive technology.
 * Plain SVG rather than Recharts: the overview's first load would otherwise carry Recharts (~90 KB gzipped)
 * for these lines alone. The line is drawn in a 0–100 box stretched to the tile (its stroke keeps its
 * width); the last point's dot is placed in percentages of the same box, so it stays round.
 */
export function Sparkline({ values, caption }: { values: (number | null)[]; caption: string }) {
  const points = sparklinePoints(values);
  if (points.length < 2) return null;
  const last = points.at(-1);
  return (
    <>
      <div className="overview-spark" aria-hidden="true">
        <svg className="overview-spark-plot" focusable="false">
          <svg viewBox="0 0 100 100" preserveAspectRatio="none" width="100%" height="100%" overflow="visible">
            <polyline
              points={points.map((p) => `${p.x},${p.y}`).join(' ')}
              fill="none"
              stroke={COLOURS.primary}
              strokeWidth={2}
              strokeLinejoin="round"
              vectorEffect="non-scaling-stroke"
            />
          </svg>
          {last?.last && <circle cx={`${last.x}%`} cy={`${last.y}%`} r={3.5} fill={COLOURS.primary} />}
        </svg>
      </div>
      <p className="hint overview-spark-caption">{caption}</p>
    </>
  );
}

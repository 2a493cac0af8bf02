import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type Grain = 'year' | 'quarter';
export type Measure = 'count' | 'share';
export type Source = 'BOTH' | 'REVIEWS' | 'AUDITS';

/** A figure to drill into: records tagged with every one of `codes`, dated from `from` to `to`. */
export interface Drill {
  codes: string[];
  from: string;
  to: string;
}

/** One string per drill, to compare them. */
export const drillKey = (drill: Drill | null) => (drill ? `${[...drill.codes].sort().join(',')}|${drill.from}|${drill.to}` : null);

const SOURCES: Record<string, Source> = { reviews: 'REVIEWS', audits: 'AUDITS' };

/**
 * The page's own state in the URL beside the shared filters, so a view can be bookmarked:
 * `themes` (chosen theme codes, comma-separated; absent = the five most tagged), `grain` (`quarter`),
 * `measure` (`share`), `source` (`reviews` / `audits`), `allThemes` (every heatmap row) and the
 * drill-down (`drill` codes, `drillFrom`, `drillTo`).
 */
export function useThemesParams() {
  const [params, setParams] = useSearchParams();

  const raw = params.get('themes');
  const chosen = useMemo(() => (raw === null ? null : raw.split(',').filter(Boolean)), [raw]);
  const grain: Grain = params.get('grain') === 'quarter' ? 'quarter' : 'year';
  const measure: Measure = params.get('measure') === 'share' ? 'share' : 'count';
  const source: Source = SOURCES[params.get('source') ?? ''] ?? 'BOTH';
  const allThemes = params.get('allThemes') === '1';

  const drillCodes = params.get('drill');
  const drillFrom = params.get('drillFrom');
  const drillTo = params.get('drillTo');
  const drill = useMemo<Drill | null>(
    () => (drillCodes && drillFrom && drillTo ? { codes: drillCodes.split(',').filter(Boolean), from: drillFrom, to: drillTo } : null),
    [drillCodes, drillFrom, drillTo],
  );

  const update = useCallback(
    (patch: Record<string, string | null>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === null) next.delete(k);
            else next.set(k, v);
          }
          return next;
        },
        { preventScrollReset: true },
      ),
    [setParams],
  );

  return {
    /** Theme codes chosen in the URL; null when none were chosen (the page then shows the top five). */
    chosen,
    grain,
    measure,
    source,
    allThemes,
    drill,
    setChosen: (codes: string[] | null) => update({ themes: codes === null ? null : codes.join(',') }),
    setGrain: (value: Grain) => update({ grain: value === 'quarter' ? 'quarter' : null }),
    setMeasure: (value: Measure) => update({ measure: value === 'share' ? 'share' : null }),
    setSource: (value: Source) => update({ source: value === 'BOTH' ? null : value.toLowerCase() }),
    setAllThemes: (value: boolean) => update({ allThemes: value ? '1' : null }),
    setDrill: (value: Drill | null) =>
      update(value ? { drill: value.codes.join(','), drillFrom: value.from, drillTo: value.to } : { drill: null, drillFrom: null, drillTo: null }),
  };
}

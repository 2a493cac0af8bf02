import type { EntityManager } from 'typeorm';
import { eachPartnership, scopeFilter, type MetricDefinition, type MetricScope } from '../common/metric-catalogue.types';
import { SqlParams } from '../common/sql-params';
import { ThemeRecordSource } from './dto/theme-metrics.args';
import { themeRecordsCte } from './theme-records.sql';

/**
 * Distinct theme codes tagged on at least one review (by initiation) or audit (by start) in the scope,
 * over the whole scope or for each of its partnerships (in one statement).
 */
async function distinctThemes(manager: EntityManager, scope: MetricScope, each: boolean): Promise<{ partnership_id: string | null; n: number }[]> {
  const p = new SqlParams();
  const cte = themeRecordsCte(p, { filter: scopeFilter(scope), source: ThemeRecordSource.BOTH, includeFindingThemes: false });
  return manager.query(
    each
      ? `WITH ${cte} SELECT s.partnership_id::text AS partnership_id, count(DISTINCT rt.code)::int AS n
           FROM record_tags rt JOIN scoped_records s ON s.kind = rt.kind AND s.id = rt.id GROUP BY 1`
      : `WITH ${cte} SELECT NULL::text AS partnership_id, count(DISTINCT code)::int AS n FROM record_tags`,
    p.values,
  );
}

/** Scalar metrics of this family, for OBA computed measures and the annual report. */
export const THEMES_METRICS: MetricDefinition[] = [
  {
    key: 'themes-distinct-tagged',
    activity: true,
    label: 'Distinct themes found in reviews and audits',
    quadrant: 'how-much',
    unit: 'count',
    // Neither direction is better in truth; breadth of learning reads as the more useful sign.
    polarity: 'higher-is-better',
    async compute(manager, scope) {
      const [row] = await distinctThemes(manager, scope, false);
      return { value: row?.n ?? 0 };
    },
    async computeEach(manager, scope) {
      const rows = await distinctThemes(manager, scope, true);
      return eachPartnership(scope, new Map(rows.map((r) => [r.partnership_id as string, r.n])), 0, (n) => ({ value: n }));
    },
  },
];

import { scopeFilter, type MetricDefinition } from '../common/metric-catalogue.types';
import { SqlParams } from '../common/sql-params';
import { ThemeRecordSource } from './dto/theme-metrics.args';
import { themeRecordsCte } from './theme-records.sql';

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
    // Distinct theme codes tagged on at least one review (by initiation) or audit (by start) in the scope.
    async compute(manager, scope) {
      const p = new SqlParams();
      const cte = themeRecordsCte(p, {
        filter: scopeFilter(scope),
        source: ThemeRecordSource.BOTH,
        includeFindingThemes: false,
      });
      const [row]: { n: number }[] = await manager.query(`WITH ${cte} SELECT count(DISTINCT code)::int AS n FROM record_tags`, p.values);
      return { value: row?.n ?? 0 };
    },
  },
];

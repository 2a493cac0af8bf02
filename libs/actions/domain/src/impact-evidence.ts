/*
 * The impact loop: an action names the audit round or the OBA measure that will show whether it made a
 * difference, and its page shows that evidence when it arrives. Evidence can arrive only after the
 * action is done: a measure's values for periods starting on or after the day the action was completed,
 * against the last value before it (the baseline); an audit round completed by the day asked about,
 * which started after the action was completed (a round that started before can still be read, but it
 * looked at practice from before the action, and the page says so).
 */

export interface PeriodValue {
  periodStart: string;
  value: number;
}

export type MeasurePolarityValue = 'higher-is-better' | 'lower-is-better';

export interface MeasureImpact<V extends PeriodValue = PeriodValue> {
  /** awaited: the action is not completed, or no value since; arrived: values since completion. */
  state: 'awaited' | 'arrived';
  /** The last value for a period that started before the action was completed. */
  baseline: V | null;
  /** Values for periods starting on or after completion, oldest first. */
  since: V[];
  /** The latest value since, less the baseline; null without both. */
  change: number | null;
  /** Whether the change is for the better, by the measure's polarity; null without a change. */
  direction: 'better' | 'worse' | 'no-change' | null;
}

/** What a measure says of an action completed on `completedOn` (null: not completed), values in any order. */
export function measureImpact<V extends PeriodValue>(values: readonly V[], completedOn: string | null, polarity: MeasurePolarityValue): MeasureImpact<V> {
  const ordered = [...values].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  if (!completedOn) return { state: 'awaited', baseline: ordered.at(-1) ?? null, since: [], change: null, direction: null };
  const baseline = ordered.filter((v) => v.periodStart < completedOn).at(-1) ?? null;
  const since = ordered.filter((v) => v.periodStart >= completedOn);
  const latest = since.at(-1);
  const change = latest && baseline ? latest.value - baseline.value : null;
  const direction = change === null ? null : change === 0 ? 'no-change' : (change > 0) === (polarity === 'higher-is-better') ? 'better' : 'worse';
  return { state: since.length > 0 ? 'arrived' : 'awaited', baseline, since, change, direction };
}

export interface AuditImpact {
  /** awaited: the round is not completed by asOf; arrived: it is. */
  state: 'awaited' | 'arrived';
  /** The round started before the action was completed (or the action is not completed yet). */
  startedBeforeAction: boolean;
  /** Cases graded, and those graded good or outstanding; zero until the round is completed. */
  graded: number;
  goodOrBetter: number;
}

/** What an audit round says of an action; `grades` are its cases' overall grades. */
export function auditImpact(
  audit: { startedOn: string; completedOn: string | null },
  actionCompletedOn: string | null,
  grades: readonly string[],
  asOf: string,
): AuditImpact {
  const arrived = audit.completedOn !== null && audit.completedOn <= asOf;
  return {
    state: arrived ? 'arrived' : 'awaited',
    startedBeforeAction: actionCompletedOn === null || audit.startedOn < actionCompletedOn,
    graded: arrived ? grades.length : 0,
    goodOrBetter: arrived ? grades.filter((g) => g === 'good' || g === 'outstanding').length : 0,
  };
}

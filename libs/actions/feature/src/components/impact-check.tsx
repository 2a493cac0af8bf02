import { Link } from 'react-router';
import { auditImpact, measureImpact, type MeasureImpact } from '@sli/actions-domain';
import { formatMeasureValue } from '@sli/shared/data-access';
import { formatDate, formatShare } from '@sli/shared/ui';
import type { ActionDetail } from '../api/action';

type Measure = NonNullable<ActionDetail['impactMeasure']>;
type Audit = NonNullable<ActionDetail['impactAudit']>;

type Point = { periodStart: string; label: string; value: number };

/**
 * The impact loop on the action's page: the audit round or OBA measure named to show whether the action
 * made a difference, and that evidence once it arrives (the rules: libs/actions/domain impact-evidence.ts).
 */
export function ImpactCheck({ action, asOf, asOfLabel, filterSearch }: { action: ActionDetail; asOf: string; asOfLabel: string; filterSearch: string }) {
  const { impactAudit: audit, impactMeasure: measure } = action;
  return (
    <section aria-labelledby="impact-check-heading" className="ap-impact" data-testid="impact-check">
      <h3 id="impact-check-heading">Impact check</h3>
      {!audit && !measure ? <p className="hint">No audit or measure is named to show this action&apos;s impact.</p> : null}
      {audit ? <AuditEvidence audit={audit} completedOn={action.completedOn ?? null} asOf={asOf} asOfLabel={asOfLabel} filterSearch={filterSearch} /> : null}
      {measure ? <MeasureEvidence measure={measure} completedOn={action.completedOn ?? null} filterSearch={filterSearch} /> : null}
    </section>
  );
}

function AuditEvidence({ audit, completedOn, asOf, asOfLabel, filterSearch }: { audit: Audit; completedOn: string | null; asOf: string; asOfLabel: string; filterSearch: string }) {
  const impact = auditImpact(audit, completedOn, audit.cases.map((c) => c.overallGrade.toLowerCase().replace(/_/g, '-')), asOf);
  return (
    <div>
      <p>
        Audit:{' '}
        <Link to={{ pathname: `/audits/${audit.id}`, search: filterSearch }}>
          {audit.title} ({audit.ref})
        </Link>
        , started {formatDate(audit.startedOn)}.
      </p>
      {impact.state === 'awaited' ? (
        <p data-testid="impact-audit-state">Awaited: the round is not completed as of {asOfLabel}.</p>
      ) : (
        <p data-testid="impact-audit-state">
          Completed {formatDate(audit.completedOn)}: {impact.goodOrBetter} of {impact.graded} cases graded good or outstanding
          {impact.graded ? ` (${formatShare(impact.goodOrBetter / impact.graded)})` : ''}.
        </p>
      )}
      {impact.startedBeforeAction ? (
        <p className="hint">
          {completedOn
            ? 'The round started before the action was completed, so it looked at practice from before the action.'
            : 'The action is not completed yet: a round that started before it is completed looks at practice from before it.'}
        </p>
      ) : null}
    </div>
  );
}

function MeasureEvidence({ measure, completedOn, filterSearch }: { measure: Measure; completedOn: string | null; filterSearch: string }) {
  // The measure's values as of the page's date: stored ones, or a computed measure's built-in metric.
  const points = measure.series.filter((p): p is Point => p.value !== null);
  const impact = measureImpact(points, completedOn, measure.polarity === 'HIGHER_IS_BETTER' ? 'higher-is-better' : 'lower-is-better');
  return (
    <div>
      <p>
        Measure:{' '}
        <Link to={{ pathname: `/oba/measures/${measure.id}`, search: filterSearch }}>
          {measure.name} ({measure.ref})
        </Link>
        .
      </p>
      <p data-testid="impact-measure-state">{measureWords(impact, measure, completedOn)}</p>
    </div>
  );
}

function measureWords(impact: MeasureImpact<Point>, measure: Measure, completedOn: string | null): string {
  const baseline = impact.baseline ? `${formatMeasureValue(impact.baseline.value, measure.unit)} for ${impact.baseline.label}` : null;
  if (!completedOn) return `Awaited: the action is not completed yet.${baseline ? ` Latest: ${baseline}.` : ''}`;
  if (impact.state === 'awaited') return `Awaited: no value yet for a period starting on or after ${formatDate(completedOn)}, when the action was completed.${baseline ? ` Before it: ${baseline}.` : ''}`;
  const latest = impact.since.at(-1);
  if (!latest) return '';
  const since = `${impact.since.length} ${impact.since.length === 1 ? 'value' : 'values'} since the action was completed on ${formatDate(completedOn)}; the latest ${formatMeasureValue(latest.value, measure.unit)} for ${latest.label}`;
  if (!baseline || impact.change === null) return `${since}, with no value before the action to compare it with.`;
  const direction = impact.direction === 'no-change' ? 'no change' : impact.direction === 'better' ? 'better' : 'worse';
  return `${since}, against ${baseline} before it: ${direction}.`;
}

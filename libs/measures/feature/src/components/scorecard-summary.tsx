import type { ScorecardQuadrant } from '../api/scorecard';

/** The scorecard in one sentence a board member can quote: how many measures, on target, behind, with old stories. */
export function ScorecardSummary({ quadrants, headlineOnly }: { quadrants: ScorecardQuadrant[]; headlineOnly: boolean }) {
  const entries = quadrants.flatMap((q) => (headlineOnly ? q.measures.filter((m) => m.measure.headline) : q.measures));
  const count = (f: (e: (typeof entries)[number]) => boolean) => entries.filter(f).length;
  const on = count((e) => e.analysis.status === 'ON_TARGET');
  const off = count((e) => e.analysis.status === 'OFF_TARGET');
  const improving = count((e) => e.analysis.trendJudgement === 'IMPROVING');
  const worsening = count((e) => e.analysis.trendJudgement === 'WORSENING');
  const noData = count((e) => e.analysis.onDataDevelopmentAgenda);
  const behind = count((e) => e.analysis.periodsBehind > 0);
  const oldStories = count((e) => !!e.storyCurrency?.older);
  const measures = (n: number) => `${n} ${n === 1 ? 'measure' : 'measures'}`;
  return (
    <ul className="oba-summary" data-testid="oba-summary">
      <li>
        <strong>{measures(entries.length)}</strong>
        {headlineOnly ? ' (headline only)' : ''}
      </li>
      <li>
        {on} on target, {off} off target
        {entries.length - on - off - noData > 0 ? `, ${entries.length - on - off - noData} with no target` : ''}
      </li>
      <li>
        {improving} improving, {worsening} worsening
      </li>
      {noData > 0 ? <li>{measures(noData)} on the data development agenda</li> : null}
      {behind > 0 ? <li className="oba-flag">{measures(behind)} not up to date</li> : null}
      {oldStories > 0 ? (
        <li className="oba-flag">
          {oldStories} {oldStories === 1 ? 'story is' : 'stories are'} older than the latest value
        </li>
      ) : null}
    </ul>
  );
}

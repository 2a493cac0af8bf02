import type { ScorecardQuadrant } from '../api/scorecard';
import { MeasureCard } from './measure-card';

const ANCHORS = { HOW_MUCH: 'how-much', HOW_WELL: 'how-well', BETTER_OFF: 'better-off' } as const;

export const quadrantAnchor = (q: ScorecardQuadrant['quadrant']) => ANCHORS[q];

/** One OBA question with its measures, headline first (the API's order). */
export function QuadrantSection({ quadrant, headlineOnly }: { quadrant: ScorecardQuadrant; headlineOnly: boolean }) {
  const measures = headlineOnly ? quadrant.measures.filter((m) => m.measure.headline) : quadrant.measures;
  const onTarget = measures.filter((m) => m.analysis.status === 'ON_TARGET').length;
  const withTarget = measures.filter((m) => m.analysis.status === 'ON_TARGET' || m.analysis.status === 'OFF_TARGET').length;
  const id = quadrantAnchor(quadrant.quadrant);
  return (
    <section className="oba-quadrant" aria-labelledby={`${id}-h`} id={id} data-testid={`oba-${id}`}>
      <h2 id={`${id}-h`}>{quadrant.question}</h2>
      <p className="hint">
        {measures.length} {measures.length === 1 ? 'measure' : 'measures'}
        {withTarget > 0 ? `; ${onTarget} of ${withTarget} with a target on target` : ''}.
      </p>
      {measures.length === 0 ? (
        <p className="state">{headlineOnly ? 'No headline measures for this question.' : 'No measures for this question yet.'}</p>
      ) : (
        <div className="oba-measures">
          {measures.map((m) => (
            <MeasureCard key={m.measure.id} entry={m} />
          ))}
        </div>
      )}
    </section>
  );
}

import { useId } from 'react';
import { Link } from 'react-router';
import { useCan, useFilters } from '@sli/shared/data-access';
import { FlashMessage, PageHeader, QueryState, formatDate } from '@sli/shared/ui';
import { GRAINS, useOverTime, useTrainingView } from './api/training';
import { CoursesSection } from './components/courses-section';
import { ConfidenceFigure, PracticeChangeFigure } from './components/impact-figures';
import { Kirkpatrick } from './components/kirkpatrick';
import { DnaRateFigure, SessionsPlacesFigure } from './components/reach-over-time';
import { ReachSection } from './components/reach-section';
import { SessionsSection } from './components/sessions-section';
import { TrainingSummary } from './components/summary';

/** A grid item may shrink below its (scrolling) table's width, so a tablet never scrolls sideways. */
const CELL = { minWidth: 0 };

/** Training: who it reached, who did not attend, and what difference it made. */
export function TrainingPage() {
  const id = useId();
  const { asOf, search } = useFilters();
  const can = useCan();
  const { grain, setGrain } = useTrainingView();
  const query = useOverTime(grain.grain);
  const data = query.data;
  const grainWord = grain.label.toLowerCase();
  const empty = !data || data.trainingReach.every((r) => r.bookings === 0 && r.sessions === 0);
  return (
    <>
      <PageHeader
        title="Training"
        lead="How far multi-agency training reached, who did not attend, and whether confidence and practice changed afterwards."
        actions={
          can('createTrainingCourse') || can('createTrainingSession') ? (
            <div className="button-group no-print">
              {can('createTrainingCourse') ? (
                <Link className="button" to={{ pathname: '/training/courses/new', search }}>
                  Add a course
                </Link>
              ) : null}
              {can('createTrainingSession') ? (
                <Link className="button secondary" to={{ pathname: '/training/sessions/new', search }}>
                  Add a session
                </Link>
              ) : null}
            </div>
          ) : undefined
        }
      />
      <FlashMessage />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={empty} empty="No training sessions in this period.">
        {data ? <TrainingSummary data={data} /> : null}
      </QueryState>
      <ReachSection />
      <section aria-labelledby={`${id}-time`}>
        <h2 id={`${id}-time`}>Over time</h2>
        <div className="field" style={{ maxWidth: '20rem', marginBottom: '0.75rem' }}>
          <label htmlFor={`${id}-grain`}>Show periods by</label>
          <select id={`${id}-grain`} value={grain.value} onChange={(e) => setGrain(e.target.value)}>
            {GRAINS.map((g) => (
              <option key={g.value} value={g.value}>
                {g.label}
              </option>
            ))}
          </select>
        </div>
        <p className="hint">Training falls in a period by its session date; this choice also sets the periods of the impact figures below.</p>
        <QueryState isLoading={query.isLoading} error={query.error} isEmpty={empty} empty="No training sessions in this period.">
          {data ? (
            <div className="grid-2">
              <div style={CELL}><SessionsPlacesFigure rows={data.trainingReach} grainWord={grainWord} /></div>
              <div style={CELL}><DnaRateFigure rows={data.trainingReach} grainWord={grainWord} /></div>
            </div>
          ) : null}
        </QueryState>
      </section>
      <section aria-labelledby={`${id}-impact`}>
        <h2 id={`${id}-impact`}>Confidence and practice change</h2>
        <p className="hint">
          Attendees rate their confidence before and after each session; some weeks later a follow-up asks whether the training
          changed their practice. Evaluations and follow-ups counted as of {formatDate(asOf)}.
        </p>
        <QueryState isLoading={query.isLoading} error={query.error} isEmpty={empty} empty="No training sessions in this period.">
          {data ? (
            <div className="grid-2">
              <div style={CELL}><ConfidenceFigure rows={data.trainingImpact} grainWord={grainWord} /></div>
              <div style={CELL}><PracticeChangeFigure rows={data.trainingImpact} grainWord={grainWord} /></div>
            </div>
          ) : null}
        </QueryState>
      </section>
      <section aria-labelledby={`${id}-kp`}>
        <h2 id={`${id}-kp`}>Kirkpatrick&rsquo;s levels of evaluation</h2>
        <QueryState isLoading={query.isLoading} error={query.error} isEmpty={empty} empty="No training sessions in this period.">
          {data ? <Kirkpatrick levels={data.trainingKirkpatrick} /> : null}
        </QueryState>
      </section>
      <SessionsSection />
      <CoursesSection />
    </>
  );
}

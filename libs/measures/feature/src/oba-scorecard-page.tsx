import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { patchParams, useCan, useFilters } from '@sli/shared/data-access';
import { PageHeader, QueryState, formatDate } from '@sli/shared/ui';
import { useScorecard } from './api/scorecard';
import { PartnershipChooser } from './components/partnership-chooser';
import { QuadrantSection, quadrantAnchor } from './components/quadrant-section';
import { PublishScorecard } from './components/publish-scorecard';
import { ResultsView } from './components/results-view';
import { ScorecardGrid } from './components/scorecard-grid';
import { ScorecardSummary } from './components/scorecard-summary';
import './oba.css';

const FORECASTS = [0, 2, 4, 8];
const VIEWS = {
  grid: 'Grid',
  cards: 'Cards with curves',
  results: 'Results and strategies',
} as const;
type View = keyof typeof VIEWS;

/**
 * The OBA scorecard: a partnership's measures by the three questions, as a grid (one row per measure)
 * or as cards with their curves, forecasts and stories, or as results → indicators → strategies →
 * performance measures and actions; each measure opens its detail.
 */
export function ObaScorecardPage() {
  const { filters, asOf, search } = useFilters();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const id = useId();
  const headlineOnly = params.get('measures') === 'headline';
  const requested = params.get('view');
  const view: View = requested === 'cards' || requested === 'results' ? requested : 'grid';
  const forecastParam = Number(params.get('forecast') ?? 4);
  const forecastPeriods = FORECASTS.includes(forecastParam) ? forecastParam : 4;
  const scorecard = useScorecard(filters.partnershipId, asOf, forecastPeriods, view !== 'results');
  const data = scorecard.data?.obaScorecard;

  const setOption = (key: string, value: string | null) => setParams((prev) => patchParams(prev, { [key]: value }));
  const linkTo = (partnershipId: string) => {
    const next = new URLSearchParams(search);
    next.set('partnershipId', partnershipId);
    for (const key of ['measures', 'forecast', 'view']) {
      const v = params.get(key);
      if (v) next.set(key, v);
    }
    return `/oba?${next.toString()}`;
  };

  return (
    <>
      <PageHeader
        title="OBA scorecard"
        lead={`${data ? `${data.partnership.name}: how` : 'How'} much we did, how well we did it and whether anyone is better off, as of ${formatDate(asOf)}.`}
        actions={
          filters.partnershipId && can('createMeasure') ? (
            <Link to={`/oba/measures/new?${new URLSearchParams({ partnershipId: filters.partnershipId }).toString()}`} className="no-print">
              Add a measure
            </Link>
          ) : undefined
        }
      />
      {!filters.partnershipId ? (
        <PartnershipChooser asOf={asOf} linkTo={linkTo} />
      ) : (
        <>
          <form className="oba-options no-print" aria-label="Scorecard options" onSubmit={(e) => e.preventDefault()}>
            <div className="field">
              <label htmlFor={`${id}-v`}>Show as</label>
              <select id={`${id}-v`} value={view} onChange={(e) => setOption('view', e.target.value === 'grid' ? null : e.target.value)}>
                {Object.entries(VIEWS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            {view !== 'results' ? (
              <>
                <div className="field">
                  <label htmlFor={`${id}-m`}>Measures</label>
                  <select
                    id={`${id}-m`}
                    value={headlineOnly ? 'headline' : 'all'}
                    onChange={(e) => setOption('measures', e.target.value === 'headline' ? 'headline' : null)}
                  >
                    <option value="all">Headline and secondary</option>
                    <option value="headline">Headline only</option>
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${id}-f`}>Forecast</label>
                  <select id={`${id}-f`} value={forecastPeriods} onChange={(e) => setOption('forecast', e.target.value === '4' ? null : e.target.value)}>
                    {FORECASTS.map((n) => (
                      <option key={n} value={n}>
                        {n === 0 ? 'No forecast' : `${n} periods ahead`}
                      </option>
                    ))}
                  </select>
                </div>
              </>
            ) : null}
            <p className="hint">Agency, review type and theme filters do not apply: a scorecard covers the whole partnership.</p>
          </form>
          {view === 'results' && filters.partnershipId ? (
            <ResultsView partnershipId={filters.partnershipId} asOf={asOf} />
          ) : (
            <QueryState
              isLoading={scorecard.isLoading}
              error={scorecard.error}
              isEmpty={!!data && data.quadrants.every((q) => q.measures.length === 0)}
              empty="This partnership has no measures yet."
            >
              {data ? (
                <>
                  <nav aria-label="Questions" className="section-nav">
                    {data.quadrants.map((q) => (
                      <a key={q.quadrant} href={`#${quadrantAnchor(q.quadrant)}`}>
                        {q.question}
                      </a>
                    ))}
                  </nav>
                  <ScorecardSummary quadrants={data.quadrants} headlineOnly={headlineOnly} />
                  {view === 'grid' ? (
                    <ScorecardGrid quadrants={data.quadrants} asOf={data.asOf} partnershipName={data.partnership.name} headlineOnly={headlineOnly} />
                  ) : (
                    data.quadrants.map((q) => <QuadrantSection key={q.quadrant} quadrant={q} headlineOnly={headlineOnly} />)
                  )}
                </>
              ) : null}
            </QueryState>
          )}
          {data && view !== 'results' && can('obaPublication') ? (
            <PublishScorecard partnershipId={data.partnership.id} partnershipName={data.partnership.name} asOf={data.asOf} />
          ) : null}
        </>
      )}
    </>
  );
}

import { formatDate, QueryState } from '@sli/shared/ui';
import { useObaResults } from '../api/results';
import { ResultsMeasureList } from './results-measure-line';
import { agencyList, ResultsStrategy } from './results-strategy';
import '../oba.css';

/**
 * The scorecard as Results-Based Accountability reads it: each result (a condition of well-being of a
 * population) with its partners and indicators, then each strategy partners follow to turn the curve,
 * with its performance measures and the actions of the action plan that serve it; last, the measures
 * not linked to a result yet. Lists, not tables, so it reads at 320 px wide.
 */
export function ResultsView({ partnershipId, asOf }: { partnershipId: string; asOf: string }) {
  const query = useObaResults(partnershipId, asOf);
  const data = query.data;
  const results = data?.obaResults ?? [];
  const unlinked = data?.unlinked ?? [];
  return (
    <QueryState
      isLoading={query.isLoading}
      error={query.error}
      isEmpty={results.length === 0 && unlinked.length === 0}
      empty="No results or measures are recorded for this partnership yet."
    >
      <div className="oba-results">
        <p className="hint">
          Results, their indicators and the strategies that serve them, as of {formatDate(asOf)}. Each measure shows its latest value, the period
          it is for, whether it is on target and its trend.
        </p>
        {data && data.unread > 0 ? (
          <p className="oba-warning">
            The partnership has {data.unread} more measures than this view reads (200): measures among them are not shown.
          </p>
        ) : null}
        {results.length === 0 ? <p className="oba-none">No results are recorded for this partnership yet.</p> : null}
        {results.map((result) => (
          <section key={result.id} className="oba-result" aria-labelledby={`oba-result-${result.id}`}>
            <h3 id={`oba-result-${result.id}`}>{result.title}</h3>
            {result.population ? (
              <p>
                <strong>Population:</strong> {result.population}
              </p>
            ) : null}
            {result.description ? <p>{result.description}</p> : null}
            <p>
              <strong>Partners:</strong> {agencyList(result.partners)}
            </p>
            <h4>Indicators</h4>
            <ResultsMeasureList measures={result.indicators} label={`Indicators of ${result.title}`} none="No indicator linked yet." />
            <h4>Strategies</h4>
            {result.strategies.length === 0 ? (
              <p className="oba-none">No strategy recorded yet.</p>
            ) : (
              <ol className="oba-strategies" aria-label={`Strategies for ${result.title}`}>
                {result.strategies.map((s) => (
                  <ResultsStrategy key={s.id} strategy={s} />
                ))}
              </ol>
            )}
          </section>
        ))}
        {unlinked.length > 0 ? (
          <section className="oba-result" aria-labelledby="oba-results-unlinked">
            <h3 id="oba-results-unlinked">Not linked to a result</h3>
            <ResultsMeasureList measures={unlinked} label="Measures not linked to a result" none="" />
          </section>
        ) : null}
      </div>
    </QueryState>
  );
}

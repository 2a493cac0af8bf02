import { kindOf, kindScope, useViewer } from '@sli/shared/data-access';
import { formatDate, PageHeader, QueryState } from '@sli/shared/ui';
import { useHeadlines } from './api/headlines';
import { HeadlineTile } from './components/headline-tile';
import { Summary } from './components/summary';
import { TrendTable } from './components/trend-table';
import { buildHeadlines } from './lib/headlines';
import { GROUPS } from './lib/measures';
import { useScope } from './lib/scope';
import './overview.css';

/** The board view: headline figures from the metric catalogue for the chosen period against the one before, each with its trend and a link to its page. */
export function OverviewPage() {
  const scope = useScope();
  const viewer = useViewer();
  // The tiles are the partnership's own work: no notifications or rapid reviews for an adults board, no SARs for a
  // children's partnership, DHRs only for a community safety partnership. Only those figures are asked for.
  const works = kindScope(kindOf(viewer.partnerships, scope.filters.partnershipId));
  const query = useHeadlines(scope, works);
  const against = scope.custom ? 'the same period a year earlier' : scope.previousLabel;
  const period = scope.custom ? `from ${scope.currentLabel}` : `in ${scope.currentLabel}`;
  const trendSpan = `${scope.trendLabels[0] ?? ''} to ${scope.trendLabels.at(-1) ?? ''}`;
  const headlines = query.data ? buildHeadlines(query.data, { against, label: scope.currentLabel, works }) : [];
  // The API judges on the requested day, never later than today: say the day it used.
  const asOf = query.data?.tiles[0]?.current.asOf ?? scope.asOf;
  const reviewTypeNote = scope.filters.reviewType ? 'Not narrowed by review type' : null;

  return (
    <>
      <PageHeader
        title="Overview"
        lead={`How the partnership is doing ${period}, against ${against}. "As of" figures are judged on ${formatDate(asOf)}; earlier years at their end. Every figure is the metric catalogue's, as in the annual report.`}
      />
      <QueryState isLoading={query.isLoading} error={query.error}>
        <Summary headlines={headlines} against={against} withChildren={works.children} />
        {GROUPS.map((group) => (
          <section key={group.key} aria-labelledby={`overview-${group.key}`}>
            <h2 id={`overview-${group.key}`}>{!works.children && group.titleWithoutChildren ? group.titleWithoutChildren : group.title}</h2>
            <div className="tiles">
              {headlines
                .filter((h) => h.def.group === group.key)
                .map((h) => (
                  <HeadlineTile
                    key={h.def.key}
                    headline={h}
                    currentLabel={scope.currentLabel}
                    previousLabel={scope.previousLabel}
                    trendSpan={trendSpan}
                    search={scope.search}
                    note={h.def.ignoresReviewType ? reviewTypeNote : null}
                  />
                ))}
            </div>
          </section>
        ))}
        <section aria-labelledby="overview-trend">
          <h2 id="overview-trend">Five-year trend</h2>
          <p className="hint">
            The figures behind the sparklines, by financial year, each past year judged at its end{scope.custom ? ` (the last year up to ${formatDate(asOf)})` : ''}.
          </p>
          <TrendTable headlines={headlines} labels={scope.trendLabels} />
        </section>
      </QueryState>
    </>
  );
}

import { Link } from 'react-router';
import { useFilters } from '@sli/shared/data-access';
import { FlashMessage, PageHeader, QueryState, formatDate } from '@sli/shared/ui';
import { useFigures } from './api/figures';
import { useReview } from './api/review';
import { ActionPanel } from './components/action-panel';
import { BragOverview } from './components/brag-overview';
import { CompletionChart } from './components/completion-chart';
import { OverdueList } from './components/overdue-list';
import { ReviewActions } from './components/review-actions';
import { SummaryTable } from './components/summary-table';
import { usePageParams } from './lib/page-params';
import { registerLink } from './lib/register-params';
import { useScope } from './lib/scope';
import './action-plans.css';

/**
 * Action plans, the committee view: BRAG status, the overdue list (one click from the top of the
 * page), summaries by committee, review, agency or theme, completion over time, and status updates.
 * With `reviewId` in the URL it shows that review's action plan.
 */
export function ActionPlansPage() {
  const { filters, range, custom, asOf, search } = useFilters();
  const { grouping, reviewId, actionId, overduePeriodOnly, searchWith, update } = usePageParams();
  const scope = useScope(reviewId);
  const figures = useFigures(scope);
  const review = useReview(reviewId);

  const asOfLabel = formatDate(asOf);
  const periodLabel = custom ? `${formatDate(range.from)} to ${formatDate(range.to)}` : filters.year;
  const openSearch = (id: string) => searchWith({ action: id });
  const reviewLabel = review.data ? `${review.data.title} (${review.data.ref})` : 'this review';
  const scopeLabel = reviewId ? `Every action of ${reviewLabel}, whatever its due date` : `Actions due in ${periodLabel}`;

  // A review named in the URL that is not there (or not this user's to see): say so, with a way back.
  if (reviewId && !review.isLoading && !review.error && !review.data) {
    return (
      <>
        <PageHeader title="Review not found" />
        <p className="state">There is no review with this address, or you may not see it.</p>
        <p>
          <Link to={{ search: searchWith({ reviewId: null, action: null }) }}>Show every action plan</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Action plans"
        lead={
          reviewId
            ? `The action plan of ${reviewLabel}: every action, whatever its due date, as of ${asOfLabel}.`
            : `Actions due in ${periodLabel}, as of ${asOfLabel}: how they stand, which are overdue, and who owns them.`
        }
      />
      <FlashMessage />
      {reviewId ? (
        <p>
          <Link to={{ search: searchWith({ reviewId: null, action: null }) }}>Show every action plan</Link>
          {' · '}
          <Link to={{ pathname: `/reviews/${reviewId}`, search }}>Open the review</Link>
        </p>
      ) : null}
      <nav className="section-nav" aria-label="On this page">
        <a href="#overdue">Overdue actions</a>
        <a href="#glance">BRAG status</a>
        <a href="#summary">{reviewId ? "The review's actions" : 'Summary'}</a>
        {reviewId ? null : <a href="#completion">Completion over time</a>}
        <Link to={registerLink(search, reviewId ? { reviewId } : {})}>Action register: every action, filtered and sorted</Link>
      </nav>

      <section id="glance" aria-labelledby="glance-heading">
        <h2 id="glance-heading">BRAG status</h2>
        <QueryState
          isLoading={figures.isLoading}
          error={figures.error}
          isEmpty={!figures.isLoading && (!figures.data || figures.data.total === 0)}
          empty={reviewId ? 'This review has no actions for these filters.' : 'No actions are due in this period.'}
        >
          {figures.data ? <BragOverview figures={figures.data} asOfLabel={asOfLabel} scopeLabel={scopeLabel} search={search} /> : null}
        </QueryState>
      </section>

      <section id="overdue" aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">Overdue actions</h2>
        <OverdueList
          key={JSON.stringify([scope, overduePeriodOnly])}
          scope={scope}
          periodOnly={overduePeriodOnly}
          periodLabel={periodLabel}
          asOfLabel={asOfLabel}
          onPeriodOnly={(v) => update({ overdue: v ? 'period' : null })}
          openSearch={openSearch}
        />
      </section>

      {actionId ? (
        <ActionPanel
          key={actionId}
          id={actionId}
          asOf={asOf}
          asOfLabel={asOfLabel}
          closeSearch={searchWith({ action: null })}
          filterSearch={search}
        />
      ) : null}

      {reviewId ? (
        <section id="summary" aria-labelledby="summary-heading">
          <h2 id="summary-heading">The review&apos;s actions</h2>
          <ReviewActions key={JSON.stringify(scope)} scope={scope} asOfLabel={asOfLabel} openSearch={openSearch} />
        </section>
      ) : (
        <>
          <section id="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">Summary by {grouping.noun}</h2>
            <SummaryTable
              scope={scope}
              grouping={grouping}
              onGrouping={(value) => update({ groupBy: value === 'committee' ? null : value })}
              periodLabel={periodLabel}
              asOfLabel={asOfLabel}
              reviewSearch={(id) => searchWith({ reviewId: id, action: null, groupBy: null })}
            />
          </section>
          <section id="completion" aria-labelledby="completion-heading">
            <h2 id="completion-heading">Completion over time</h2>
            <CompletionChart scope={scope} periodLabel={periodLabel} asOfLabel={asOfLabel} />
          </section>
        </>
      )}
    </>
  );
}

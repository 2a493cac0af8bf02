import { Link } from 'react-router';
import { useFilters } from '@sli/shared/data-access';
import { QueryState, formatCount } from '@sli/shared/ui';
import { useCourseList } from '../api/training-records';
import { hoursWords } from '../lib/record-labels';

/** The partnership's training courses, whatever the period, each linking to its page and sessions. */
export function CoursesSection() {
  const { filters, search } = useFilters();
  const query = useCourseList(filters.partnershipId);
  const data = query.data;
  return (
    <section aria-labelledby="training-courses">
      <h2 id="training-courses">Courses</h2>
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && data?.nodes.length === 0} empty="No training courses yet.">
        {data ? (
          <>
            <p className="hint">
              {formatCount(data.totalCount)} course{data.totalCount === 1 ? '' : 's'}
              {data.totalCount > data.nodes.length ? `, the first ${formatCount(data.nodes.length)} by title` : ', by title'}. Each course’s page lists its sessions.
            </p>
            <ul data-testid="training-courses">
              {data.nodes.map((c) => (
                <li key={c.id}>
                  <Link to={{ pathname: `/training/courses/${c.id}`, search }}>{c.title}</Link>{' '}
                  <span className="hint">
                    ({c.multiAgency ? 'multi-agency' : 'single agency'}
                    {c.durationHours ? `, ${hoursWords(c.durationHours)}` : ''})
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </QueryState>
    </section>
  );
}

import { Link } from 'react-router';
import { useFilters, useListParams } from '@sli/shared/data-access';
import { DataTable, DownloadButtons, exportList, Pager, QueryState, formatCount, formatDate, formatShare, humanise, useScrollToHash, type Column } from '@sli/shared/ui';
import { useSessionList, type SessionRow } from '../api/sessions-list';
import { SESSION_SORTS, SESSION_WORDS, sessionSortWords } from '../lib/list-sorts';

/** Sessions a page of the list holds. */
export const SESSION_PAGE_SIZE = 25;

/** The session's page, with its register, from the course's title. */
const columns = (search: string): Column<SessionRow>[] => [
  { key: 'ref', header: 'Reference' },
  {
    key: 'course',
    header: 'Course',
    value: (s) => s.course.title,
    render: (s) => <Link to={{ pathname: `/training/sessions/${s.id}`, search }}>{s.course.title}</Link>,
  },
  { key: 'sessionDate', header: 'Date', value: (s) => s.sessionDate, render: (s) => formatDate(s.sessionDate) },
  { key: 'delivery', header: 'Delivery', value: (s) => humanise(s.delivery) },
  { key: 'capacity', header: 'Places', align: 'right' },
  { key: 'booked', header: 'Booked', align: 'right' },
  { key: 'attended', header: 'Attended', align: 'right' },
  {
    key: 'didNotAttend',
    header: 'Did not attend',
    align: 'right',
    render: (s) => (s.booked === 0 ? '–' : `${formatCount(s.didNotAttend)} (${formatShare(s.didNotAttend / s.booked)})`),
  },
];

/**
 * Every training session of the period with its course and attendance, a page at a time in the
 * server's sort; sort and page live in the URL (`sort`, `dir`, `after`), and a link ending in
 * `#training-sessions` (the overview's training tile) scrolls here once the list has loaded.
 */
export function SessionsSection() {
  const { filters, range, search } = useFilters();
  const filter = {
    partnershipId: filters.partnershipId,
    dateFrom: range.from,
    dateTo: range.to,
    agencyId: filters.agencyId,
    themeId: filters.themeId,
  };
  const list = useListParams(JSON.stringify(filter), SESSION_SORTS);
  const query = useSessionList({ filter, first: SESSION_PAGE_SIZE, after: list.after, ...list.sortVariables });
  const data = query.data?.trainingSessions;
  useScrollToHash('training-sessions', Boolean(data));
  const period = `${formatDate(range.from)} to ${formatDate(range.to)}`;
  return (
    <section aria-labelledby="training-sessions">
      <h2 id="training-sessions">Training sessions in the period</h2>
      <p className="hint">
        Each run of a course, with its places and how many of those booked came.
        {filters.agencyId ? ' Only sessions the chosen agency booked on; the counts are of every agency’s bookings.' : ''}
      </p>
      <QueryState isLoading={query.isLoading} error={query.error}>
        <p role="status" data-testid="training-sessions-total">
          {query.isFetching ? 'Loading…' : `${formatCount(data?.totalCount ?? 0)} session${data?.totalCount === 1 ? '' : 's'} in the period.`}
        </p>
        <DataTable
          caption={`Training sessions from ${period}, ${sessionSortWords(list.sort.key, list.sort.dir)} (page ${list.page})`}
          columns={columns(search)}
          rows={data?.nodes ?? []}
          exportName="training-sessions"
          serverSort={{ columns: SESSION_SORTS.columns, key: list.sort.key, dir: list.sort.dir, onSort: list.setSort, words: SESSION_WORDS }}
          serverExport={{ list: 'training-sessions', variables: { filter, ...list.sortVariables } }}
          rowKey={(s) => s.id}
          empty="No training sessions in this period."
        />
        <Pager
          label="training sessions"
          page={list.page - 1}
          pageSize={SESSION_PAGE_SIZE}
          total={data?.totalCount ?? 0}
          hasNext={Boolean(data?.pageInfo.hasNextPage && data.pageInfo.endCursor)}
          onPrevious={list.previous}
          onNext={() => data?.pageInfo.endCursor && list.next(data.pageInfo.endCursor)}
        />
        <h3 id="training-register-download">The register of these sessions</h3>
        <p className="hint">
          Every booking on the sessions in the period{filters.agencyId ? ' made by the chosen agency' : ''}: its agency, role, attendance, evaluation and
          follow-up, with the columns the training-register import reads, so a changed copy imports back.
        </p>
        <DownloadButtons
          what="the register of the training sessions in the period"
          download={(format) => exportList(format, { list: 'training-register', variables: { filter } })}
        />
      </QueryState>
    </section>
  );
}

import { useId } from 'react';
import { Link } from 'react-router';
import { useFilters, type ActionStatus } from '@sli/shared/data-access';
import { PageHeader, Pager, QueryState, formatCount, formatDate } from '@sli/shared/ui';
import { registerExport, useActionRegister, type RegisterQuery } from './api/register';
import type { ActionItem } from './api/lists';
import { ActionPanel } from './components/action-panel';
import { ActionTable } from './components/action-table';
import { BRAGS, STATUSES, STATUS_LABELS } from './lib/labels';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, SORTS, useRegisterParams } from './lib/register-params';
import { useScope } from './lib/scope';
import './action-plans.css';

const SORT_WORDS: Record<string, [string, string]> = {
  DUE_ON: ['by due date, earliest first', 'by due date, latest first'],
  REF: ['by ref, A to Z', 'by ref, Z to A'],
  OWNER_AGENCY: ['by owner agency, A to Z', 'by owner agency, Z to A'],
  STATUS: ['by status, not started first', 'by status, cancelled first'],
  BRAG: ['by BRAG, red first', 'by BRAG, unrated and blue first'],
  DAYS_OVERDUE: ['by days overdue, fewest first', 'by days overdue, most first'],
};

/** "Amber or red", "Not started" … in words, joined with "or". */
const orList = (words: string[]) => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`);

/** A summary row's group in words, read from its actions where the key is an id or a code. */
function groupWords(by: string, key: string | null, first: ActionItem['action'] | undefined): string {
  if (key === null) return 'none recorded';
  if (by === 'REVIEW') return first?.review?.ref ?? first?.audit?.ref ?? key;
  if (by === 'COMMITTEE') return first?.monitoringCommittee?.trim() ?? key;
  const words = key.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The action register: every action the page filters (partnership, due dates, owner agency, theme)
 * and the register's own (status, BRAG, review, summary row) select, sorted and paged by the API,
 * all kept in the URL so a shared link shows the same page. Downloads hold the whole filtered list.
 */
export function ActionRegisterPage() {
  const id = useId();
  const { filters, range, custom, asOf, search } = useFilters();
  const params = useRegisterParams();
  const scope = useScope(params.reviewId);
  const q: RegisterQuery = {
    filter: scope.filter,
    asOf,
    statuses: params.statuses,
    brags: params.brags,
    reviewId: params.reviewId,
    group: params.group,
    sort: params.sort.sort,
    descending: params.descending,
  };
  const query = useActionRegister(q, params.size, params.page);
  const data = query.data;

  const asOfLabel = formatDate(asOf);
  const periodLabel = custom ? `${formatDate(range.from)} to ${formatDate(range.to)}` : filters.year;
  const first = data?.nodes[0]?.action;
  const which = [
    orList(BRAGS.filter((b) => params.brags.includes(b.brag)).map((b) => b.word)),
    orList(STATUSES.filter((s) => params.statuses.includes(s)).map((s) => STATUS_LABELS[s].toLowerCase())),
  ]
    .filter(Boolean)
    .join(', ');
  const what = [
    which ? `${which.charAt(0).toUpperCase()}${which.slice(1)} actions` : 'All actions',
    filters.agencyId ? ` owned by ${first?.ownerAgency.name ?? 'the chosen agency'}` : '',
    params.reviewId ? ` from review ${first?.review?.ref ?? ''}`.trimEnd() : '',
    params.grouping ? ` in the ${params.grouping.noun} “${groupWords(params.grouping.by, params.group?.key ?? null, first)}”` : '',
    params.reviewId ? '' : `, due in ${periodLabel}`,
  ].join('');
  const sortWords = SORT_WORDS[params.sort.sort]?.[params.descending ? 1 : 0] ?? '';
  const caption = `${what}, ${sortWords}`;

  const onSort = (column: string) => {
    const chosen = SORTS.find((s) => s.column === column);
    if (!chosen) return;
    const again = chosen.url === params.sort.url;
    params.update({ sort: chosen.url === 'due' ? null : chosen.url, dir: again && !params.descending ? 'desc' : null, page: null });
  };

  return (
    <>
      <PageHeader
        title="Action register"
        lead={`Every action the filters select, with its status and BRAG as of ${asOfLabel}. Sort by a column heading; the address keeps the filters, sort and page, so a shared link shows the same list.`}
      />
      <p>
        <Link to={{ pathname: '/actions', search }}>Back to action plans</Link>
      </p>
      <form className="ap-register-filters" aria-label="Register filters" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>BRAG as of {asOfLabel}</legend>
          {BRAGS.map((b) => (
            <label key={b.brag} className="ap-check">
              <input type="checkbox" checked={params.brags.includes(b.brag)} onChange={(e) => params.toggle('brag', b.brag, e.target.checked)} />{' '}
              {b.word} <span className="hint">({b.meaning})</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Status as of {asOfLabel}</legend>
          {STATUSES.map((s: ActionStatus) => (
            <label key={s} className="ap-check">
              <input type="checkbox" checked={params.statuses.includes(s)} onChange={(e) => params.toggle('status', s, e.target.checked)} />{' '}
              {STATUS_LABELS[s]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-size`}>Rows per page</label>
          <select
            id={`${id}-size`}
            value={params.size}
            onChange={(e) => params.update({ size: Number(e.target.value) === DEFAULT_PAGE_SIZE ? null : e.target.value, page: null })}
          >
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <p className="hint" id={`${id}-more`}>
          Owner agency, theme, partnership and the due dates are the filters at the top of the page.
          {params.reviewId || params.grouping ? ' ' : ''}
          {params.reviewId ? (
            <Link to={{ search: params.searchWith({ reviewId: null, page: null }) }}>Show actions from every review</Link>
          ) : null}
          {params.grouping ? (
            <Link to={{ search: params.searchWith({ group: null, groupKey: null, page: null }) }}>Show every {params.grouping.noun}</Link>
          ) : null}
        </p>
      </form>
      <section aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>Actions</h2>
        <QueryState isLoading={query.isLoading} error={query.error}>
          {data ? (
            <>
              <p className="hint" data-testid="register-count" aria-live="polite">
                {formatCount(data.totalCount)} {data.totalCount === 1 ? 'action' : 'actions'}: {caption.charAt(0).toLowerCase()}
                {caption.slice(1)}.
              </p>
              <ActionTable
                items={data.nodes}
                caption={caption}
                exportName="action-register"
                kind="all"
                openSearch={(actionId) => params.searchWith({ action: actionId })}
                serverExport={(columns) => registerExport(q, columns)}
                serverSort={{
                  columns: SORTS.map((s) => s.column),
                  key: params.sort.column,
                  dir: params.descending ? 'desc' : 'asc',
                  onSort: (column) => onSort(column),
                }}
                empty="No action matches these filters."
              />
              <Pager
                page={params.page}
                pageSize={params.size}
                total={data.totalCount}
                hasNext={data.pageInfo.hasNextPage}
                label="the action register"
                onPrevious={() => params.update({ page: params.page <= 1 ? null : String(params.page) })}
                onNext={() => params.update({ page: String(params.page + 2) })}
              />
            </>
          ) : null}
        </QueryState>
      </section>
      {params.actionId ? (
        <ActionPanel
          key={params.actionId}
          id={params.actionId}
          asOf={asOf}
          asOfLabel={asOfLabel}
          closeSearch={params.searchWith({ action: null })}
          filterSearch={search}
        />
      ) : null}
    </>
  );
}

import type { MetricFilter, ThemesPageRecordsBehindQuery } from '@sli/shared/data-access';
import { DataTable, formatDate, humanise, QueryState, type Column } from '@sli/shared/ui';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useRecordsBehind } from '../api/records-behind';
import { recordTypeLabel } from '../lib/record-types';
import { listNames, nameOf, type ThemeInfo } from '../lib/themes';
import { drillKey, type Drill, type Source } from '../lib/use-themes-params';

type Item = ThemesPageRecordsBehindQuery['themeRecordsBehind']['nodes'][number];

interface Props {
  drill: Drill;
  source: Source;
  /** The shared filters without dates: the drill adds its own. */
  baseFilter: MetricFilter;
  themes: ThemeInfo[];
  search: string;
  onClose: () => void;
  /** The drill the page was opened with (drillKey), whose list does not take the focus. */
  openedWith: string | null;
}

/** The reviews and audits behind the number pressed; reviews link to their page. */
export function RecordsBehind({ drill, source, baseFilter, themes, search, onClose, openedWith }: Props) {
  const variables = { filter: { ...baseFilter, from: drill.from, to: drill.to }, source, themeCodes: drill.codes };
  const query = useRecordsBehind(variables);
  const pages = query.data?.pages ?? [];
  const records = pages.flatMap((p) => p.themeRecordsBehind.nodes);
  const total = pages[0]?.themeRecordsBehind.totalCount;
  const partnerships = new Map((pages[0]?.partnerships.nodes ?? []).map((p) => [p.id, p.name]));
  const onePartnership = Boolean(baseFilter.partnershipIds?.length === 1);
  const names = listNames(drill.codes.map((c) => nameOf(themes, c)));

  // Move focus to the list when a number is pressed (not when the page opens on a bookmarked list).
  const heading = useRef<HTMLHeadingElement>(null);
  const key = drillKey(drill);
  useEffect(() => {
    if (key === openedWith) return;
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [key, openedWith]);

  const columns: Column<Item>[] = [
    { key: 'ref', header: 'Reference' },
    {
      key: 'title',
      header: 'Title',
      render: (r) => (r.review ? <Link to={`/reviews/${r.review.id}${search}`}>{r.title}</Link> : r.title),
    },
    { key: 'type', header: 'Type', value: (r) => recordTypeLabel(r.kind, r.type) },
    { key: 'status', header: 'Status', value: (r) => (r.review ? humanise(r.review.status) : null) },
    { key: 'date', header: 'Date', value: (r) => r.date, render: (r) => formatDate(r.date) },
    ...(onePartnership ? [] : [{ key: 'partnership', header: 'Partnership', value: (r: Item) => partnerships.get(r.partnershipId) ?? null }]),
    { key: 'themes', header: 'Themes', value: (r) => r.themeCodes.map((c) => nameOf(themes, c)).join('; ') },
  ];

  return (
    <section aria-labelledby="themes-records-heading" data-testid="records-behind">
      <h2 id="themes-records-heading" ref={heading} tabIndex={-1}>
        Records behind the figure
      </h2>
      <p>
        {drill.codes.length > 1 ? 'Tagged with both ' : 'Tagged with '}
        <strong>{names}</strong>, dated {formatDate(drill.from)} to {formatDate(drill.to)} (a review by its initiation, an audit by its start).{' '}
        {total !== undefined ? (
          <strong>
            {total} {total === 1 ? 'record' : 'records'}
          </strong>
        ) : null}
      </p>
      <button type="button" onClick={onClose}>
        Close the list
      </button>
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={records.length === 0} empty="No records behind this figure.">
        <DataTable
          caption={`Reviews and audits tagged ${names}`}
          columns={columns}
          rows={records}
          exportName="theme-records"
          serverExport={{ list: 'theme-records', variables, columns: columns.map((c) => c.key).filter((k) => k !== 'partnership') }}
          rowKey={(r) => r.id}
        />
        {query.hasNextPage ? (
          <div className="pager">
            <button type="button" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
              {query.isFetchingNextPage ? 'Loading more…' : `Show more (${records.length} of ${total ?? '?'} shown)`}
            </button>
          </div>
        ) : null}
      </QueryState>
    </section>
  );
}

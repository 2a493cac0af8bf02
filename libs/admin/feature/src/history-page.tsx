import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useFilters, type AuditEventFilter } from '@sli/shared/data-access';
import { exportTable, formatCount, PageHeader, Pager, PartnershipSelect, QueryState } from '@sli/shared/ui';
import { fetchAllHistory, useHistory } from './api/history';
import { HistoryFilters, type HistoryFilter } from './components/history-filters';
import { HistoryTable, historyColumns } from './components/history-table';
import './admin.css';

const PAGE_SIZE = 50;
/** The most a download holds; beyond that, narrow the filters. */
const DOWNLOAD_LIMIT = 10_000;

/** Who changed what and when in the partnership, newest first: filters in the URL, paging, and downloads. */
export function ChangeHistoryPage() {
  const { filters, setFilters } = useFilters();
  const [params, setParams] = useSearchParams();
  const value: HistoryFilter = {
    entity: params.get('entity') ?? '',
    action: params.get('happened') ?? '',
    from: params.get('changedFrom') ?? '',
    to: params.get('changedTo') ?? '',
  };
  const filter: AuditEventFilter = {
    partnershipId: filters.partnershipId,
    entity: value.entity || null,
    action: value.action || null,
    from: value.from || null,
    to: value.to || null,
  };
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const history = useHistory(filter, PAGE_SIZE, cursors[page] ?? null);
  const [download, setDownload] = useState<string>('');
  const data = history.data;

  const apply = (next: HistoryFilter) => {
    setCursors([null]);
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      const pairs = [
        ['entity', next.entity],
        ['happened', next.action],
        ['changedFrom', next.from],
        ['changedTo', next.to],
      ] as const;
      for (const [key, v] of pairs) {
        if (v) p.set(key, v);
        else p.delete(key);
      }
      return p;
    });
  };

  const downloadAll = async () => {
    setDownload('Preparing the download…');
    try {
      const { events, total } = await fetchAllHistory(filter, DOWNLOAD_LIMIT);
      const extra = [
        value.entity ? { label: 'Records', value: value.entity } : null,
        value.action ? { label: 'What happened', value: value.action } : null,
        value.from ? { label: 'Changed from', value: value.from } : null,
        value.to ? { label: 'Changed up to', value: value.to } : null,
      ].filter((f) => f !== null);
      const scope = { filter: filters.partnershipId ? { partnershipIds: [filters.partnershipId] } : null, asOf: null, extra };
      await exportTable('csv', { name: 'change-history', title: 'Change history', columns: historyColumns, rows: events, scope });
      setDownload(total > events.length ? `Downloaded the newest ${formatCount(events.length)} of ${formatCount(total)} changes: narrow the filters for the rest.` : `Downloaded ${formatCount(events.length)} changes.`);
    } catch (e) {
      setDownload(`The download failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <>
      <PageHeader title="Change history" lead="Who created, changed or deleted which records, and every sign-in and export, newest first." />
      <PartnershipSelect
        value={filters.partnershipId}
        onChange={(id) => {
          setCursors([null]);
          setFilters({ partnershipId: id });
        }}
      />
      <HistoryFilters key={JSON.stringify(value)} value={value} onApply={apply} />
      <QueryState isLoading={history.isLoading} error={history.error}>
        {data ? (
          <>
            <p data-testid="history-count">
              {formatCount(data.totalCount)} {data.totalCount === 1 ? 'change matches' : 'changes match'} these filters.
            </p>
            <div className="button-group">
              <button type="button" onClick={() => void downloadAll()} disabled={data.totalCount === 0}>
                Download every matching change (CSV)
              </button>
              <span role="status" className="hint">
                {download}
              </span>
            </div>
            <HistoryTable events={data.nodes} caption={`Changes, newest first (page ${page + 1})`} />
            <Pager
              page={page}
              pageSize={PAGE_SIZE}
              total={data.totalCount}
              hasNext={data.pageInfo.hasNextPage}
              label="the change history"
              onPrevious={() => setCursors((c) => c.slice(0, -1))}
              onNext={() => setCursors((c) => [...c, data.pageInfo.endCursor ?? null])}
            />
          </>
        ) : null}
      </QueryState>
    </>
  );
}

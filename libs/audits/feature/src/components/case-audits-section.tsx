import { Link } from 'react-router';
import { metricFilter, useFilters, useListParams } from '@sli/shared/data-access';
import { DataTable, Pager, QueryState, formatCount, formatDate, formatShare, humanise, useScrollToHash, type Column } from '@sli/shared/ui';
import { useAuditList, useAuditsByAudit, type AuditListRow } from '../api/audit-quality';
import { GRADES } from '../labels';
import { AUDIT_SORTS, AUDIT_WORDS, auditSortWords } from '../lib/list-sorts';

/** Audits a page of the list holds: a partnership starts a few a year. */
export const AUDIT_PAGE_SIZE = 10;

const gradeCount = (row: AuditListRow, grade: string) => row.overall.grades.find((g) => g.grade === grade)?.count ?? 0;

/** The list's columns; each reference opens the audit's page, keeping the filters. */
const columns = (search: string): Column<AuditListRow>[] => [
  {
    key: 'ref',
    header: 'Reference',
    value: (r) => r.audit.ref,
    render: (r) => <Link to={{ pathname: `/audits/${r.auditId}`, search }}>{r.audit.ref}</Link>,
  },
  { key: 'title', header: 'Audit', value: (r) => r.audit.title },
  { key: 'type', header: 'Type', value: (r) => humanise(r.audit.type) },
  { key: 'partnership', header: 'Partnership', value: (r) => r.audit.partnership.name },
  { key: 'startedOn', header: 'Started', value: (r) => r.audit.startedOn, render: (r) => formatDate(r.audit.startedOn) },
  { key: 'gradedCases', header: 'Graded cases', align: 'right', value: (r) => r.overall.total },
  ...GRADES.map<Column<AuditListRow>>((g) => ({ key: g.grade, header: g.label, align: 'right', value: (r) => gradeCount(r, g.grade) })),
  {
    key: 'goodOrBetter',
    header: '% good or better',
    align: 'right',
    value: (r) => (r.overall.goodOrBetter.value == null ? null : Math.round(r.overall.goodOrBetter.value * 1000) / 10),
    render: (r) => (r.overall.total === 0 ? 'Not graded yet' : formatShare(r.overall.goodOrBetter.value)),
  },
];

/** Headline figures for the period's case audits, summed from the per-audit rows (counts add up). */
export function CaseAuditSummary() {
  const query = useAuditsByAudit();
  const rows = query.data?.auditQualityByAudit ?? [];
  const graded = rows.reduce((n, r) => n + r.overall.goodOrBetter.denominator, 0);
  const good = rows.reduce((n, r) => n + r.overall.goodOrBetter.numerator, 0);
  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      <div className="tiles" data-testid="audit-summary">
        <div className="tile">
          <p className="hint">Case audits started</p>
          <p className="tile-value">{formatCount(rows.length)}</p>
        </div>
        <div className="tile">
          <p className="hint">Cases graded</p>
          <p className="tile-value">{formatCount(graded)}</p>
        </div>
        <div className="tile">
          <p className="hint">Cases good or better</p>
          <p className="tile-value">{graded ? formatShare(good / graded) : '–'}</p>
          <p className="hint">
            {formatCount(good)} of {formatCount(graded)}
          </p>
        </div>
      </div>
    </QueryState>
  );
}

/**
 * Every case audit (multi-agency, single-agency, thematic) started in the period with its grades, a
 * page at a time in the server's sort; sort and page live in the URL (`sort`, `dir`, `after`), and a
 * link ending in `#case-audits` scrolls here once the list has loaded.
 */
export function CaseAuditsSection() {
  const { filters, range, search } = useFilters();
  const filter = metricFilter(filters, range);
  const list = useListParams(JSON.stringify(filter), AUDIT_SORTS);
  const query = useAuditList({ filter, first: AUDIT_PAGE_SIZE, after: list.after, ...list.sortVariables });
  const data = query.data?.auditQualityAuditList;
  useScrollToHash('case-audits', Boolean(data));
  const period = `${formatDate(range.from)} to ${formatDate(range.to)}`;
  return (
    <section aria-labelledby="case-audits">
      <h2 id="case-audits">Every case audit started in the period</h2>
      <p className="hint">Multi-agency, single-agency and thematic audits. Audits still being graded show no grades yet and come last when sorted by the share good or better.</p>
      <QueryState isLoading={query.isLoading} error={query.error}>
        <p role="status" data-testid="case-audits-total">
          {query.isFetching ? 'Loading…' : `${formatCount(data?.totalCount ?? 0)} case audit${data?.totalCount === 1 ? '' : 's'} started in the period.`}
        </p>
        <DataTable
          caption={`Case audits started from ${period}, ${auditSortWords(list.sort.key, list.sort.dir)} (page ${list.page})`}
          columns={columns(search)}
          rows={data?.nodes ?? []}
          exportName="case-audits"
          serverSort={{ columns: AUDIT_SORTS.columns, key: list.sort.key, dir: list.sort.dir, onSort: list.setSort, words: AUDIT_WORDS }}
          serverExport={{ list: 'case-audits', variables: { filter, ...list.sortVariables } }}
          rowKey={(r) => r.auditId}
          empty="No case audit started in this period."
        />
        <Pager
          label="case audits"
          page={list.page - 1}
          pageSize={AUDIT_PAGE_SIZE}
          total={data?.totalCount ?? 0}
          hasNext={Boolean(data?.pageInfo.hasNextPage && data.pageInfo.endCursor)}
          onPrevious={list.previous}
          onNext={() => data?.pageInfo.endCursor && list.next(data.pageInfo.endCursor)}
        />
      </QueryState>
    </section>
  );
}

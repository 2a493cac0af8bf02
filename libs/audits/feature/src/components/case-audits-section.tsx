import { useId } from 'react';
import { DataTable, QueryState, formatCount, formatDate, formatShare, humanise, type Column } from '@sli/shared/ui';
import { useAuditsByAudit, type AuditRow } from '../api/audit-quality';
import { GRADES } from '../labels';

const gradeCount = (row: AuditRow, grade: string) => row.overall.grades.find((g) => g.grade === grade)?.count ?? 0;

const columns: Column<AuditRow>[] = [
  { key: 'ref', header: 'Reference', value: (r) => r.audit.ref },
  { key: 'title', header: 'Audit', value: (r) => r.audit.title },
  { key: 'type', header: 'Type', value: (r) => humanise(r.audit.type) },
  { key: 'partnership', header: 'Partnership', value: (r) => r.audit.partnership.name },
  { key: 'startedOn', header: 'Started', value: (r) => r.audit.startedOn, render: (r) => formatDate(r.audit.startedOn) },
  { key: 'total', header: 'Graded cases', align: 'right', value: (r) => r.overall.total },
  ...GRADES.map<Column<AuditRow>>((g) => ({ key: g.grade, header: g.label, align: 'right', value: (r) => gradeCount(r, g.grade) })),
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

/** Every case audit (multi-agency, single-agency, thematic) started in the period, with its grades. */
export function CaseAuditsSection() {
  const id = useId();
  const query = useAuditsByAudit();
  const rows = query.data?.auditQualityByAudit ?? [];
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Every case audit started in the period</h2>
      <p className="hint">Multi-agency, single-agency and thematic audits, by start date. Audits still being graded show no grades yet.</p>
      <QueryState isLoading={query.isLoading} error={query.error}>
        <DataTable
          caption="Case audits and their grades"
          columns={columns}
          rows={rows}
          exportName="case-audits"
          rowKey={(r) => r.auditId}
          empty="No case audit started in this period."
        />
      </QueryState>
    </section>
  );
}

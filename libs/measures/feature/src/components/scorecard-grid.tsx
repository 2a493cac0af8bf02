import { Link, useLocation } from 'react-router';
import { DataTable, formatDate, type Column } from '@sli/shared/ui';
import type { ScorecardEntry, ScorecardQuadrant } from '../api/scorecard';
import { STATUS_COLOURS, STATUS_WORDS } from '../lib/words';
import { quadrantAnchor } from './quadrant-section';

/** "+8 points since the baseline (60%)" → "+8 points", "(from 60%)" as the sub-line. */
function splitBaseline(words: string | null): [string, string] | null {
  if (!words) return null;
  const m = /^(.*) since the baseline \((.*)\)$/.exec(words);
  return m ? [m[1] as string, `from ${m[2]}`] : [words, ''];
}

function useColumns(asOf: string): Column<ScorecardEntry>[] {
  const { search } = useLocation();
  return [
    {
      key: 'measure',
      header: 'Measure',
      value: (e) => e.measure.name,
      render: (e) => (
        <>
          <Link to={`/oba/measures/${e.measure.id}${search}`}>{e.measure.name}</Link>
          {e.measure.headline ? <span className="oba-sub">Headline</span> : null}
          {e.storyCurrency?.older ? <span className="oba-flag">Story older than the latest value</span> : null}
        </>
      ),
    },
    {
      key: 'period',
      header: 'Period',
      value: (e) => e.analysis.latest?.label ?? 'No data yet',
      render: (e) => (
        <>
          {e.analysis.latest?.label ?? 'No data yet'}
          {e.analysis.periodsBehind > 0 ? (
            <span className="oba-flag" title={e.analysis.words.lag ?? undefined}>
              {e.analysis.words.lag?.split(':')[0]}
            </span>
          ) : null}
        </>
      ),
    },
    {
      key: 'actual',
      header: 'Actual',
      align: 'right',
      value: (e) => e.analysis.latest?.value ?? null,
      render: (e) => <strong>{e.analysis.words.latest}</strong>,
    },
    {
      key: 'target',
      header: 'Target',
      value: (e) => e.analysis.words.target ?? STATUS_WORDS[e.analysis.status],
      render: (e) => (
        <>
          {e.analysis.words.target ? `${e.analysis.words.target} ` : ''}
          <span className="badge" style={{ background: STATUS_COLOURS[e.analysis.status] }}>
            {STATUS_WORDS[e.analysis.status]}
          </span>
        </>
      ),
    },
    {
      key: 'variance',
      header: 'Variance',
      value: (e) => e.analysis.words.variance ?? '–',
    },
    {
      key: 'trend',
      header: 'Trend',
      value: (e) => e.analysis.words.trend,
      render: (e) => (
        <span className={`oba-trend ${e.analysis.trendJudgement?.toLowerCase() ?? ''}`} title={e.analysis.words.trend}>
          {e.analysis.trend ? (
            <>
              <span aria-hidden="true">{e.analysis.words.trendShort} </span>
              <span className="oba-sub">{e.analysis.words.trend}</span>
            </>
          ) : (
            <span className="oba-sub">{e.analysis.words.trend}</span>
          )}
        </span>
      ),
    },
    {
      key: 'baseline',
      header: 'Since baseline',
      value: (e) => e.analysis.words.baseline ?? 'No baseline',
      render: (e) => {
        const parts = splitBaseline(e.analysis.words.baseline);
        return parts ? (
          <>
            {parts[0]}
            <span className="oba-sub">{parts[1]}</span>
          </>
        ) : (
          'No baseline'
        );
      },
    },
    {
      key: 'forecast',
      header: 'Forecast',
      value: (e) => e.analysis.words.forecast ?? 'No forecast',
      render: (e) => e.analysis.words.forecast ?? 'No forecast',
    },
    {
      key: 'updated',
      header: 'Last updated',
      value: (e) => (e.measure.source === 'COMPUTED' ? asOf : e.measure.updatedAt.slice(0, 10)),
      render: (e) => (e.measure.source === 'COMPUTED' ? `Computed as of ${formatDate(asOf)}` : formatDate(e.measure.updatedAt)),
    },
  ];
}

/**
 * The scorecard as a grid: one table per OBA question, one row per measure (period, actual, target,
 * variance, trend, change since baseline, forecast, last updated); each measure opens its detail.
 */
export function ScorecardGrid({
  quadrants,
  asOf,
  partnershipName,
  headlineOnly,
}: {
  quadrants: ScorecardQuadrant[];
  asOf: string;
  partnershipName: string;
  headlineOnly: boolean;
}) {
  const columns = useColumns(asOf);
  return (
    <>
      {quadrants.map((q) => {
        const entries = headlineOnly ? q.measures.filter((m) => m.measure.headline) : q.measures;
        const id = quadrantAnchor(q.quadrant);
        return (
          <section key={q.quadrant} className="oba-quadrant" aria-labelledby={`${id}-h`} id={id} data-testid={`oba-grid-${id}`}>
            <h2 id={`${id}-h`}>{q.question}</h2>
            <DataTable
              caption={`${q.question} ${partnershipName}, as of ${formatDate(asOf)}: ${entries.length} ${entries.length === 1 ? 'measure' : 'measures'}, headline first`}
              columns={columns}
              rows={entries}
              rowKey={(e) => e.measure.id}
              exportName={`oba-scorecard-${id}`}
              exportFilters="partnership"
              exportAsOf={asOf}
              empty={headlineOnly ? 'No headline measures for this question.' : 'No measures for this question yet.'}
            />
          </section>
        );
      })}
    </>
  );
}

import { Link } from 'react-router';
import { ChartFigure, formatCount, formatShare, type Column } from '@sli/shared/ui';
import type { Figures } from '../api/figures';
import { BRAGS } from '../lib/labels';
import { registerLink } from '../lib/register-params';
import type { Brag } from '@sli/shared/data-access';

interface BragRow {
  brag: Brag;
  word: string;
  meaning: string;
  count: number;
  share: number | null;
}

const columns: Column<BragRow>[] = [
  { key: 'word', header: 'BRAG' },
  { key: 'meaning', header: 'Meaning' },
  { key: 'count', header: 'Actions', align: 'right', render: (r) => formatCount(r.count) },
  { key: 'share', header: 'Share of rated actions', align: 'right', render: (r) => formatShare(r.share) },
];

/** Headline figures and the BRAG bar (blue complete, red overdue, amber due within 30 days, green on track). */
export function BragOverview({
  figures,
  asOfLabel,
  scopeLabel,
  search,
}: {
  figures: Figures;
  asOfLabel: string;
  scopeLabel: string;
  /** The page's search string, carried into the register a segment links to. */
  search: string;
}) {
  const rated = BRAGS.reduce((n, b) => n + figures.byBrag[b.key], 0);
  const rows: BragRow[] = BRAGS.map((b) => ({
    brag: b.brag,
    word: b.word,
    meaning: b.meaning,
    count: figures.byBrag[b.key],
    share: rated ? figures.byBrag[b.key] / rated : null,
  }));
  return (
    <>
      <dl className="ap-figures" data-testid="action-figures">
        <div>
          <dt>Actions</dt>
          <dd>{formatCount(figures.total)}</dd>
        </div>
        <div>
          <dt>Open</dt>
          <dd>{formatCount(figures.open)}</dd>
        </div>
        <div>
          <dt>Overdue</dt>
          <dd>
            {formatCount(figures.overdue)} <a href="#overdue" className="ap-small">See the overdue list</a>
          </dd>
        </div>
        <div>
          <dt>Completed</dt>
          <dd>{formatCount(figures.completed)}</dd>
        </div>
        <div>
          <dt>Completed on time</dt>
          <dd>
            {formatShare(figures.completedOnTime.value)}{' '}
            <span className="ap-small">
              {formatCount(figures.completedOnTime.numerator)} of {formatCount(figures.completedOnTime.denominator)}
            </span>
          </dd>
        </div>
        <div>
          <dt>Impact evidenced</dt>
          <dd>
            {formatShare(figures.impactEvidenced.value)}{' '}
            <span className="ap-small">
              {formatCount(figures.impactEvidenced.numerator)} of {formatCount(figures.impactEvidenced.denominator)}
            </span>
          </dd>
        </div>
      </dl>
      <ChartFigure
        title={`BRAG status of ${formatCount(rated)} actions as of ${asOfLabel}`}
        n={{ count: rated, of: 'actions rated' }}
        description={`${scopeLabel}; cancelled actions have no BRAG rating.`}
        chart={<BragBar rows={rows} total={rated} search={search} />}
        height="auto"
        legend={<BragLegend rows={rows} search={search} />}
        chartIsAccessible
        columns={columns}
        rows={rows}
        exportName="action-plans-brag"
        rowKey={(r) => r.word}
      />
    </>
  );
}

/** Each segment, and each legend count, links to the register filtered to those actions. */
function BragBar({ rows, total, search }: { rows: BragRow[]; total: number; search: string }) {
  return (
    <div className="ap-brag">
      <div className="ap-brag-bar">
        {total === 0 ? <div className="ap-brag-empty">No rated actions</div> : null}
        {rows.map((r, i) => {
          const b = BRAGS[i];
          if (!b || r.count === 0) return null;
          const wide = r.count / total >= 0.12;
          return (
            <Link
              key={r.word}
              to={registerLink(search, { brags: [r.brag] })}
              className="ap-brag-segment"
              style={{ flexGrow: r.count, background: b.colour }}
              aria-label={`${r.word}: ${formatCount(r.count)} ${r.count === 1 ? 'action' : 'actions'}, list them in the register`}
            >
              {wide ? `${r.word} ${formatCount(r.count)}` : formatCount(r.count)}
            </Link>
          );
        })}
      </div>
    </div>
  );
}

/** The key under the bar: each colour in words, with its count linking to the actions behind it. */
function BragLegend({ rows, search }: { rows: BragRow[]; search: string }) {
  return (
    <ul className="ap-brag-legend">
      {rows.map((r, i) => (
        <li key={r.word}>
          <span className="ap-swatch" style={{ background: BRAGS[i]?.colour }} />
          <span>
            <strong>{r.word}</strong> – {r.meaning}
            <br />
            {r.count > 0 ? (
              <Link className="ap-legend-count" to={registerLink(search, { brags: [r.brag] })}>
                {formatCount(r.count)}
                <span className="visually-hidden"> {r.word.toLowerCase()} actions: list them</span>
              </Link>
            ) : (
              <span className="ap-legend-count">{formatCount(r.count)}</span>
            )}{' '}
            ({formatShare(r.share)})
          </span>
        </li>
      ))}
    </ul>
  );
}

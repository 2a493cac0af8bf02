import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useFilters } from '@sli/shared/data-access';
import { QueryState } from '@sli/shared/ui';
import { useAuditRounds, type Round } from '../api/audit-quality';
import { RoundFigure } from './round-figure';

/** Rounds of multi-agency case audits, one figure per partnership, with the trend in words. */
export function RoundsSection() {
  const id = useId();
  const { range } = useFilters();
  const [params, setParams] = useSearchParams();
  const showAll = params.get('rounds') === 'all';
  const query = useAuditRounds();
  const rounds = (query.data?.auditQualityRounds ?? []).filter((r) => showAll || r.startedOn >= range.from);

  const byPartnership = new Map<string, { name: string; rounds: Round[] }>();
  for (const r of rounds) {
    const entry = byPartnership.get(r.partnershipId) ?? { name: r.partnership.name, rounds: [] };
    entry.rounds.push(r);
    byPartnership.set(r.partnershipId, entry);
  }
  const groups = [...byPartnership.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name, 'en-GB'));

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Case audit grades by round</h2>
      <p className="hint">
        Each multi-agency case audit is a round. Bars show the share of graded cases at each grade; the line marks the share
        good or better (outstanding plus good). Each round is set against the partnership&rsquo;s previous one, even when that
        fell before the period; a change is called only when both are on the same topic (the same themes) and each has at least
        10 graded cases.
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={showAll}
            onChange={(e) =>
              setParams((prev) => {
                const next = new URLSearchParams(prev);
                if (e.target.checked) next.set('rounds', 'all');
                else next.delete('rounds');
                return next;
              })
            }
          />{' '}
          Include rounds before the period
        </label>
      </p>
      <QueryState
        isLoading={query.isLoading}
        error={query.error}
        isEmpty={groups.length === 0}
        empty="No multi-agency case audit with graded cases started in this period."
      >
        <div className="grid-2">
          {groups.map(([partnershipId, g]) => (
            // minWidth 0: a grid item would otherwise grow to its (scrolling) table's width on a tablet.
            <div key={partnershipId} style={{ minWidth: 0 }}>
              <RoundFigure partnership={g.name} rounds={g.rounds} />
            </div>
          ))}
        </div>
      </QueryState>
    </section>
  );
}

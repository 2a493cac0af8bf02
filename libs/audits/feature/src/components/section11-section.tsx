import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { compareRounds, type ComparedRound } from '@sli/audits-domain';
import { useFilters } from '@sli/shared/data-access';
import { QueryState, formatCount, formatDate, formatShare } from '@sli/shared/ui';
import { useSection11Grids, type Section11Grid } from '../api/section11';
import { Section11GridTable } from './section11-grid-table';
import { Section11StandardsFigure } from './section11-standards-figure';

const optionLabel = (g: Section11Grid) => `${g.audit.partnership.name}: ${g.audit.title} (started ${formatDate(g.audit.startedOn)})`;

/** An audit as the comparison rule sees it: its tool version's standards, and its assessments as the cases. */
const compared = (g: Section11Grid): ComparedRound => ({
  tool: g.audit.tool ? { key: g.audit.tool.toolKey, standardCodes: g.audit.tool.standards.map((s) => s.code) } : null,
  cases: g.overall.total,
});

/**
 * The chosen audit's ratings and moderation in words, against the partnership's previous section 11
 * audit when the two may be compared (the same tool with the same standards, enough assessments).
 */
function summary(grid: Section11Grid, previous: Section11Grid | undefined): string {
  const o = grid.overall;
  const agencies = grid.byAgency.length;
  const ratings = `${formatCount(o.total)} self-assessments by ${formatCount(agencies)} ${agencies === 1 ? 'agency' : 'agencies'}: ${formatCount(o.green)} green, ${formatCount(o.amber)} amber and ${formatCount(o.red)} red once moderated.`;
  const moderation =
    o.moderated === 0
      ? ' None has been moderated yet.'
      : ` Moderation reviewed ${formatCount(o.moderated)} and changed ${formatCount(o.changed)}: ${formatCount(o.up)} raised, ${formatCount(o.down)} lowered.`;
  const green = o.total ? o.green / o.total : null;
  const prevGreen = previous && previous.overall.total ? previous.overall.green / previous.overall.total : null;
  if (green == null || prevGreen == null || !previous) return ratings + moderation;
  const comparison = compareRounds(compared(previous), compared(grid));
  const compare = comparison.note
    ? ` ${formatShare(green)} green; no change called against ${previous.audit.title} (${comparison.note}).`
    : ` ${formatShare(green)} green, against ${formatShare(prevGreen)} in ${previous.audit.title}.`;
  return ratings + moderation + compare;
}

/** Section 11: choose an audit, see its ratings by standard and the agency × standard grid. */
export function Section11Section() {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const { search } = useFilters();
  const query = useSection11Grids();
  const grids = [...(query.data?.section11Grids ?? [])].sort((a, b) => b.audit.startedOn.localeCompare(a.audit.startedOn));
  const chosen = grids.find((g) => g.auditId === params.get('s11')) ?? grids[0];
  const previous = chosen
    ? grids.find((g) => g.audit.partnership.id === chosen.audit.partnership.id && g.audit.startedOn < chosen.audit.startedOn)
    : undefined;

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Section 11 self-assessments</h2>
      <p className="hint">
        Agencies rate themselves red, amber or green against the standards of the partnership&rsquo;s section 11 tool (see{' '}
        <Link to={{ pathname: '/admin/assurance-tools', search }}>assurance tools</Link>), then moderation may change the rating. Section 11 audits usually run every two years, so every audit started by the end of the period is listed, latest
        first.
      </p>
      <QueryState
        isLoading={query.isLoading}
        error={query.error}
        isEmpty={!chosen}
        empty="No section 11 audit started by the end of this period."
      >
        {chosen ? (
          <>
            <div className="field" style={{ maxWidth: 'min(100%, 48rem)', marginBottom: '0.75rem' }}>
              <label htmlFor={`${id}-audit`}>Section 11 audit</label>
              <select
                id={`${id}-audit`}
                value={chosen.auditId}
                onChange={(e) =>
                  setParams((prev) => {
                    const next = new URLSearchParams(prev);
                    next.set('s11', e.target.value);
                    return next;
                  })
                }
                style={{ maxWidth: '100%' }}
              >
                {grids.map((g) => (
                  <option key={g.auditId} value={g.auditId}>
                    {optionLabel(g)}
                  </option>
                ))}
              </select>
            </div>
            <p aria-live="polite" data-testid="section11-summary">
              <strong>{chosen.audit.title}</strong> ({chosen.audit.partnership.name}, started {formatDate(chosen.audit.startedOn)}
              {chosen.audit.completedOn ? `, completed ${formatDate(chosen.audit.completedOn)}` : ', in progress'}).{' '}
              {summary(chosen, previous)}
            </p>
            <p className="no-print">
              <Link to={{ pathname: `/audits/${chosen.auditId}`, search }}>
                Agencies&apos; returns and moderation<span className="visually-hidden"> in {chosen.audit.title}</span>
              </Link>
            </p>
            <Section11StandardsFigure grid={chosen} />
            <h3>Ratings by agency and standard</h3>
            <Section11GridTable grid={chosen} />
          </>
        ) : null}
      </QueryState>
    </section>
  );
}

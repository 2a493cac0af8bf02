import { useQuery } from '@tanstack/react-query';
import { canDo, graphql, kindOf, kindScope, request, reviewTypeOptions, useFilters, useViewer } from '@sli/shared/data-access';
import { CompactDateInput, formatDate, formatLongDate } from '@sli/shared/ui';
import { useEffect, useId, useState } from 'react';
import { AgencyFilter } from './agency-filter';

const FilterThemesQuery = graphql(`
  query FilterThemes($partnershipId: ID) {
    themes(filter: { partnershipId: $partnershipId }, first: 500) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

function financialYears(): string[] {
  const out: string[] = [];
  for (let y = 2026; y >= 2016; y--) out.push(`${y}/${String((y + 1) % 100).padStart(2, '0')}`);
  return out;
}

/** Below this width the filters fold behind their button (the CSS shows the button below it too). */
const WIDE = '(min-width: 768px)';

function isWide(): boolean {
  return typeof window === 'undefined' || typeof window.matchMedia !== 'function' || window.matchMedia(WIDE).matches;
}

/** Open on a wide screen, folded on a narrow one; opens again when the screen becomes wide. */
function useFolding(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(isWide);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return undefined;
    const media = window.matchMedia(WIDE);
    const onChange = () => setOpen(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return [open, setOpen];
}

/** How many filters narrow the page: the partnership, the period, and each of as-of, agency, review type and theme set. */
export function appliedCount(filters: { partnershipId: string | null; asOf: string | null; agencyId: string | null; reviewType: string | null; themeId: string | null }): number {
  return 1 + [filters.partnershipId, filters.asOf, filters.agencyId, filters.reviewType, filters.themeId].filter(Boolean).length;
}

const AS_OF_REASONS = {
  today: 'today',
  'period-end': 'the last day of the period',
  chosen: 'the date chosen',
} as const;

/**
 * The filters every page shares; each change rewrites the URL. The partnerships are the user's own
 * (the first is in force when the URL names none); agency and theme lists only for roles that may read them.
 * On pages whose figures are judged at a date (`showAsOf`), an "As of" date (at most today) and the
 * date in force, in words.
 */
export function FilterBar({ showAsOf = false }: { showAsOf?: boolean }) {
  const { filters, range, custom, asOf, asOfReason, today, setFilters } = useFilters();
  const viewer = useViewer();
  const id = useId();
  const [open, setOpen] = useFolding();
  const applied = appliedCount(filters);
  const canAgencies = canDo(viewer, 'agencies');
  const canThemes = canDo(viewer, 'themes');
  const themeOptions = useQuery({
    queryKey: ['filter-options', 'themes', filters.partnershipId],
    queryFn: () => request(FilterThemesQuery, { partnershipId: filters.partnershipId }),
    enabled: canThemes && !!filters.partnershipId,
  });
  const themes = filters.partnershipId ? (themeOptions.data?.themes.nodes ?? []) : [];
  // The review types of the partnership's own work: no rapid reviews for an adults board, only DHRs (and learning reviews) for a community safety partnership.
  const reviewTypes = reviewTypeOptions(kindScope(kindOf(viewer.partnerships, filters.partnershipId)), filters.reviewType);
  return (
    <>
      <button type="button" className="filter-toggle" aria-expanded={open} aria-controls={`${id}-filters`} onClick={() => setOpen(!open)}>
        Filters ({applied} applied) <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      <form id={`${id}-filters`} className="filter-bar" aria-label="Filters" hidden={!open} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-p`}>Partnership</label>
          <select
            id={`${id}-p`}
            value={filters.partnershipId ?? ''}
            onChange={(e) => setFilters({ partnershipId: e.target.value || null, agencyId: null, themeId: null })}
          >
            {viewer.partnerships.length === 0 ? <option value="">No partnership</option> : null}
            {viewer.partnerships.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-y`}>Financial year</label>
          <select
            id={`${id}-y`}
            value={filters.from && filters.to ? '' : filters.year}
            onChange={(e) => setFilters({ year: e.target.value || filters.year, from: null, to: null })}
          >
            {filters.from && filters.to ? <option value="">Custom range</option> : null}
            {financialYears().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <CompactDateInput id={`${id}-from`} legend="From" value={filters.from} onChange={(from) => setFilters({ from })} />
        <CompactDateInput id={`${id}-to`} legend="To" value={filters.to} onChange={(to) => setFilters({ to })} />
        {showAsOf ? (
          <CompactDateInput id={`${id}-asof`} legend="As of" value={filters.asOf} describedBy={`${id}-asof-note`} onChange={(asOf) => setFilters({ asOf })} />
        ) : null}
        {canAgencies ? <AgencyFilter id={`${id}-a`} /> : null}
        <div className="field">
          <label htmlFor={`${id}-rt`}>Review type</label>
          <select id={`${id}-rt`} value={filters.reviewType ?? ''} onChange={(e) => setFilters({ reviewType: e.target.value || null })}>
            <option value="">All review types</option>
            {reviewTypes.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {canThemes ? (
        <div className="field">
          <label htmlFor={`${id}-t`}>Theme</label>
          <select
            id={`${id}-t`}
            value={filters.themeId ?? ''}
            disabled={!filters.partnershipId}
            onChange={(e) => setFilters({ themeId: e.target.value || null })}
          >
            <option value="">{filters.partnershipId ? 'All themes' : 'Choose a partnership first'}</option>
            {themes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        ) : null}
        {showAsOf || custom ? (
          <p className="filter-note" id={`${id}-asof-note`} data-testid="figures-as-of">
            {custom ? `Period: ${formatDate(range.from)} to ${formatDate(range.to)}. ` : null}
            {showAsOf ? (
              <>
                Figures as of <strong>{formatLongDate(asOf)}</strong> ({AS_OF_REASONS[asOfReason]}
                {filters.asOf && filters.asOf > today ? ': a date after today cannot be used' : ''}).
                {filters.asOf ? (
                  <>
                    {' '}
                    <button type="button" className="link-button" onClick={() => setFilters({ asOf: null })}>
                      Use the default date
                    </button>
                  </>
                ) : null}
              </>
            ) : null}
          </p>
        ) : null}
      </form>
    </>
  );
}

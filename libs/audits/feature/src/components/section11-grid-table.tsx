import { DataTable, formatCount, type Column } from '@sli/shared/ui';
import type { Section11Cell, Section11Grid } from '../api/section11';
import { ragColour, RAG_WORDS } from '../labels';

type AgencyRow = Section11Grid['byAgency'][number] & { cells: Map<string, Section11Cell> };

function cellText(cell: Section11Cell | undefined): string | null {
  if (!cell) return null;
  const final = RAG_WORDS[cell.finalRating];
  switch (cell.moderation) {
    case 'UP':
      return `${final} (raised from ${RAG_WORDS[cell.selfRating]})`;
    case 'DOWN':
      return `${final} (lowered from ${RAG_WORDS[cell.selfRating]})`;
    case 'NOT_MODERATED':
      return `${final} (not moderated)`;
    case 'UNCHANGED':
      return final;
  }
}

/** The final rating as a word on its colour, and what moderation did to the agency's own rating. */
function RatingCell({ cell }: { cell: Section11Cell | undefined }) {
  if (!cell) return <>–</>;
  const mark =
    cell.moderation === 'UP' || cell.moderation === 'DOWN' ? (
      // Visible words, not visually hidden ones: an absolutely positioned span would escape the table's scroll box.
      <span className="hint" style={{ display: 'block', fontSize: '0.8rem' }}>
        <span aria-hidden="true">{cell.moderation === 'UP' ? '↑' : '↓'} </span>
        {cell.moderation === 'UP' ? 'raised' : 'lowered'} from {RAG_WORDS[cell.selfRating]}
      </span>
    ) : cell.moderation === 'NOT_MODERATED' ? (
      <span className="hint" style={{ display: 'block', fontSize: '0.8rem' }}>
        not moderated
      </span>
    ) : null;
  return (
    <>
      <span className="badge" style={{ background: ragColour(cell.finalRating) }}>
        {RAG_WORDS[cell.finalRating]}
      </span>
      {mark}
    </>
  );
}

/** The agency × standard grid of final ratings, one row per agency, downloadable as shown. */
export function Section11GridTable({ grid }: { grid: Section11Grid }) {
  const rows: AgencyRow[] = grid.byAgency.map((a) => ({
    ...a,
    cells: new Map(grid.cells.filter((c) => c.agencyId === a.agencyId).map((c) => [c.standard, c])),
  }));
  const standards = grid.byStandard;
  const columns: Column<AgencyRow>[] = [
    {
      key: 'agency',
      header: 'Agency',
      value: (r) => r.agency.name,
      render: (r) => <span style={{ display: 'inline-block', minWidth: '9rem' }}>{r.agency.name}</span>,
    },
    ...standards.map<Column<AgencyRow>>((s) => ({
      key: s.standard,
      header: s.title,
      value: (r) => cellText(r.cells.get(s.standard)),
      render: (r) => <RatingCell cell={r.cells.get(s.standard)} />,
    })),
    { key: 'red', header: 'Red ratings', align: 'right', value: (r) => r.counts.red, render: (r) => formatCount(r.counts.red) },
  ];
  return (
    <>
      <p className="hint">
        Each cell is the final rating: the moderated one, or the agency&rsquo;s own until moderated. Under a rating moderation
        raised (↑) or lowered (↓) is the agency&rsquo;s own rating. Standards:{' '}
        {standards.map((s) => s.title).join('; ')}.
      </p>
      <DataTable
        caption={`${grid.audit.title} (${grid.audit.partnership.name}): final rating by agency and standard`}
        columns={columns}
        rows={rows}
        exportName={`section-11-${grid.audit.ref.toLowerCase()}`}
        exportFilters="partnership"
        exportDetails={[{ label: 'Audit', value: `${grid.audit.ref} ${grid.audit.title}` }]}
        rowKey={(r) => r.agencyId}
        empty="No agency has assessed itself in this audit yet."
      />
    </>
  );
}

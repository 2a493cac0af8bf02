import { TOO_FEW_TO_COMPARE, tooFewToCompare } from '@sli/analytics-domain';
import type { ThemesPageEmergingQuery } from '@sli/shared/data-access';
import { DataTable, formatDate, formatNumber, formatRate, type Column } from '@sli/shared/ui';
import { DrillButton } from './drill-button';

type Emerging = ThemesPageEmergingQuery['emergingThemes'];
type Row = Emerging['themes'][number];

interface Props {
  emerging: Emerging;
  /** The chosen period's name: `2025/26` or a custom range. */
  label: string;
  minCount: number;
}

const range = (r: { from: string; to: string }) => `${formatDate(r.from)} to ${formatDate(r.to)}`;

/**
 * A growth that rests on a handful of records: the theme's count is below the threshold in both
 * periods, or either period holds too few records for its share to mean much (the rule of the
 * overview's "too few to compare").
 */
export function emergingOnFewRecords(r: Row): boolean {
  return tooFewToCompare('count', { value: r.current.count }, { value: r.previous.count }) || tooFewToCompare('percent', r.current.share, r.previous.share);
}

/** Themes whose share of records grew most against the period before, with both counts to drill into. */
export function EmergingThemes({ emerging, label, minCount }: Props) {
  const { current, previous } = emerging;
  const columns: Column<Row>[] = [
    { key: 'theme', header: 'Theme', value: (r) => r.theme.name },
    {
      key: 'previousCount',
      header: 'Previous period',
      align: 'right',
      value: (r) => r.previous.count,
      render: (r) =>
        r.previous.count > 0 ? (
          <DrillButton drill={{ codes: [r.theme.code], ...previous }} context={`records tagged ${r.theme.name}, ${range(previous)}`}>
            {r.previous.count}
          </DrillButton>
        ) : (
          '0'
        ),
    },
    { key: 'previousShare', header: 'Previous share', align: 'right', value: (r) => pct(r.previous.share.value), render: (r) => formatRate(r.previous.share) },
    {
      key: 'currentCount',
      header: `${label}`,
      align: 'right',
      value: (r) => r.current.count,
      render: (r) => (
        <DrillButton drill={{ codes: [r.theme.code], ...current }} context={`records tagged ${r.theme.name}, ${range(current)}`}>
          {r.current.count}
        </DrillButton>
      ),
    },
    { key: 'currentShare', header: `Share in ${label}`, align: 'right', value: (r) => pct(r.current.share.value), render: (r) => formatRate(r.current.share) },
    {
      key: 'change',
      header: 'Growth in share',
      align: 'right',
      value: (r) => Math.round(r.shareChange * 1000) / 10,
      render: (r) => `+${formatNumber(r.shareChange * 100)} points`,
    },
    {
      key: 'basis',
      header: 'Basis',
      value: (r) => (emergingOnFewRecords(r) ? 'Too few to compare' : 'Compared'),
      render: (r) =>
        emergingOnFewRecords(r) ? (
          <span data-testid="emerging-too-few">
            Too few to compare: {r.current.count} and {r.previous.count} records
          </span>
        ) : (
          `${r.current.count} and ${r.previous.count} records`
        ),
    },
    {
      key: 'ratio',
      header: 'Times the previous share',
      align: 'right',
      value: (r) => (r.shareRatio == null ? null : Math.round(r.shareRatio * 100) / 100),
      render: (r) => (r.shareRatio == null ? 'New' : `×${formatNumber(r.shareRatio)}`),
    },
  ];
  const few = emerging.themes.filter(emergingOnFewRecords).length;
  return (
    <>
      <p className="hint">
        {range(current)}: {emerging.currentRecords} reviews and audits, against {range(previous)}: {emerging.previousRecords}. Themes on at least{' '}
        {minCount} records in {label} whose share grew, largest growth first.
      </p>
      {few > 0 ? (
        <p className="hint" data-testid="emerging-caution">
          {few === emerging.themes.length ? 'Every theme here rests' : `${few} of these ${emerging.themes.length} themes rest`} on fewer than{' '}
          {TOO_FEW_TO_COMPARE} records in both periods, or on a period with fewer than {TOO_FEW_TO_COMPARE} records: too few to compare. Read
          them as prompts to look at the records, not as trends.
        </p>
      ) : null}
      <DataTable
        caption={`Emerging themes in ${label} against the period before`}
        columns={columns}
        rows={emerging.themes}
        exportName="emerging-themes"
        rowKey={(r) => r.theme.code}
        empty="No theme’s share grew against the period before."
      />
    </>
  );
}

const pct = (v: number | null | undefined) => (v == null ? null : Math.round(v * 1000) / 10);

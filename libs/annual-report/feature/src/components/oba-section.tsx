import { DataTable, formatNumber, humanise, type Column } from '@sli/shared/ui';
import type { AnnualReport, ReportObaMeasure } from '../api/annual-report';

const QUADRANT: Record<string, string> = {
  HOW_MUCH: 'How much did we do?',
  HOW_WELL: 'How well did we do it?',
  BETTER_OFF: 'Is anyone better off?',
};

const STATUS: Record<string, string> = {
  ON_TARGET: 'On target',
  OFF_TARGET: 'Off target',
  NO_TARGET: 'No target',
  NO_DATA: 'No data yet',
};

function columns(report: AnnualReport): Column<ReportObaMeasure>[] {
  return [
    { key: 'measure', header: 'Measure', value: (o) => o.measure.name },
    { key: 'quadrant', header: 'OBA question', value: (o) => QUADRANT[o.quadrant] ?? humanise(o.quadrant) },
    { key: 'period', header: 'Latest period', value: (o) => o.analysis.latest?.label ?? '–' },
    {
      key: 'latest',
      header: `Latest (${report.year.label})`,
      align: 'right',
      value: (o) => o.analysis.latest?.value ?? null,
      render: (o) => {
        const l = o.analysis.latest;
        const counted = l?.numerator != null && l.denominator != null ? ` (${formatNumber(l.numerator)} of ${formatNumber(l.denominator)})` : '';
        return <strong>{`${o.analysis.words.latest}${counted}`}</strong>;
      },
    },
    {
      key: 'target',
      header: 'Target',
      align: 'right',
      value: (o) => o.analysis.target ?? null,
      render: (o) => o.analysis.words.target ?? '–',
    },
    { key: 'status', header: 'Against target', value: (o) => STATUS[o.analysis.status] ?? humanise(o.analysis.status) },
    // The scorecard's own words, from the one trend rule.
    { key: 'trend', header: 'Trend', value: (o) => o.analysis.words.trend },
    {
      key: 'previous',
      header: `Latest (${report.previousYear.label})`,
      align: 'right',
      value: (o) => o.previous.latest?.value ?? null,
      render: (o) => (o.previous.latest ? `${o.previous.words.latest} (${o.previous.latest.label})` : '–'),
    },
  ];
}

/** The OBA scorecard section: the partnership's headline measures at the year's end, beside the year before. */
export function ObaSection({ report }: { report: AnnualReport }) {
  return (
    <section aria-labelledby="ar-oba-h" className="ar-table" data-testid="ar-oba">
      <h2 id="ar-oba-h">Outcomes-based accountability scorecard</h2>
      {report.oba.length === 0 ? (
        <p className="hint">The partnership has no headline OBA measures. Mark measures as headline on the OBA scorecard page to show them here.</p>
      ) : (
        <>
          <p className="hint">
            The partnership’s headline measures as of {report.year.label}’s last day: the latest value, the target and how the values are moving, with
            the latest value a year earlier beside them.
          </p>
          <DataTable
            caption={`Headline OBA measures, ${report.year.label} and ${report.previousYear.label}`}
            columns={columns(report)}
            rows={report.oba}
            exportName={`annual-report-${report.financialYear.replace('/', '-')}-oba`}
            rowKey={(o) => o.measure.id}
          />
        </>
      )}
    </section>
  );
}

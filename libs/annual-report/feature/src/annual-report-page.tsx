import { useSearchParams } from 'react-router';
import { useCan, useFilters, type ReportMode } from '@sli/shared/data-access';
import { PageHeader, QueryState, formatDate } from '@sli/shared/ui';
import { useAnnualReport } from './api/annual-report';
import { HeadlineFigures } from './components/headline-figures';
import { Narratives } from './components/narratives';
import { ObaSection } from './components/oba-section';
import { PartnershipChooser } from './components/partnership-chooser';
import { ReportTableSection } from './components/report-table';
import { ReportToolbar } from './components/report-toolbar';
import { EXACT_NOTE, suppressionNote } from './lib/suppression';
import './annual-report.css';

/** The annual report for a financial year: published (suppressed) by default, printable and downloadable as PDF. */
export function AnnualReportPage() {
  const { filters, search } = useFilters();
  const [params, setParams] = useSearchParams();
  // Exact figures (no suppression) only for roles allowed them; anyone else gets the published version.
  const canExact = useCan()('annualReportExact');
  const mode: ReportMode = canExact && params.get('mode') === 'exact' ? 'EXACT' : 'PUBLISHED';
  const report = useAnnualReport(filters.partnershipId, filters.year, mode);
  const data = report.data?.annualReport;

  const setMode = (next: ReportMode) =>
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      if (next === 'EXACT') p.set('mode', 'exact');
      else p.delete('mode');
      return p;
    });
  const linkTo = (partnershipId: string) => {
    const next = new URLSearchParams(search);
    next.set('partnershipId', partnershipId);
    if (mode === 'EXACT') next.set('mode', 'exact');
    return `/annual-report?${next.toString()}`;
  };

  return (
    <>
      <PageHeader
        title={`Annual report ${filters.year}`}
        lead={
          data
            ? `${data.partnership.name}: ${formatDate(data.year.start)} to ${formatDate(data.year.end)}, with ${data.previousYear.label} beside it.`
            : 'What the partnership did in the financial year, and what difference it made.'
        }
      />
      {!filters.partnershipId ? (
        <PartnershipChooser linkTo={linkTo} />
      ) : (
        <>
          <ReportToolbar mode={mode} onModeChange={setMode} report={data} canExact={canExact} />
          {filters.from || filters.to ? (
            <p className="hint no-print">
              The annual report covers a whole financial year ({filters.year}); the custom date range does not apply.
            </p>
          ) : null}
          <QueryState isLoading={report.isLoading} error={report.error}>
            {data ? (
              <div className="ar-report">
                <p className={data.mode === 'EXACT' ? 'ar-note ar-exact' : 'ar-note'} data-testid="ar-note">
                  <strong>{data.mode === 'EXACT' ? 'Exact version. ' : 'Published version. '}</strong>
                  {data.mode === 'EXACT' ? EXACT_NOTE : suppressionNote(data.suppressionThreshold)}
                </p>
                <Narratives report={data} />
                <HeadlineFigures report={data} />
                <ObaSection report={data} />
                {data.tables.map((t) => (
                  <ReportTableSection key={t.key} report={data} table={t} />
                ))}
                <p className="hint">
                  Figures as of {formatDate(data.asOf)}. Agency, review type and theme filters do not apply: the report covers the whole
                  partnership.
                </p>
              </div>
            ) : null}
          </QueryState>
        </>
      )}
    </>
  );
}

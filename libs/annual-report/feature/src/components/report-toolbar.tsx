import { useId, useState } from 'react';
import type { ReportMode } from '@sli/shared/data-access';
import type { AnnualReport } from '../api/annual-report';
import { downloadReportPdf } from '../lib/pdf';

interface Props {
  mode: ReportMode;
  onModeChange: (mode: ReportMode) => void;
  report: AnnualReport | undefined;
  /** Whether the user may see exact figures; without it there is no choice to make. */
  canExact: boolean;
}

/** Published or exact (for roles allowed exact figures), print, and the PDF (typeset on the server). Hidden when printing. */
export function ReportToolbar({ mode, onModeChange, report, canExact }: Props) {
  const id = useId();
  const [pdf, setPdf] = useState<'idle' | 'working' | { failed: string }>('idle');
  const makePdf = async () => {
    if (!report) return;
    setPdf('working');
    try {
      await downloadReportPdf(report);
      setPdf('idle');
    } catch (error) {
      setPdf({ failed: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="ar-toolbar no-print">
      {canExact ? (
        <fieldset className="ar-mode">
          <legend>Figures</legend>
          <div>
            <input type="radio" id={`${id}-p`} name={`${id}-mode`} checked={mode === 'PUBLISHED'} onChange={() => onModeChange('PUBLISHED')} />
            <label htmlFor={`${id}-p`}>Published (small numbers suppressed)</label>
          </div>
          <div>
            <input type="radio" id={`${id}-e`} name={`${id}-mode`} checked={mode === 'EXACT'} onChange={() => onModeChange('EXACT')} />
            <label htmlFor={`${id}-e`}>Exact (internal use only)</label>
          </div>
        </fieldset>
      ) : null}
      <div className="ar-buttons">
        <button type="button" onClick={() => window.print()} disabled={!report}>
          Print
        </button>
        <button type="button" className="primary" onClick={() => void makePdf()} disabled={!report || pdf === 'working'}>
          {pdf === 'working' ? 'Making the PDF…' : 'Download PDF'}
        </button>
      </div>
      <p role="status" className="ar-pdf-status">
        {typeof pdf === 'object' ? `The PDF could not be made (${pdf.failed}). Try again, or print the page to PDF.` : ''}
      </p>
    </div>
  );
}

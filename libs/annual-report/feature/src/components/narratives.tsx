import type { AnnualReport } from '../api/annual-report';
import { NarrativeSection } from './narrative-section';

/** The report's narrative: sections the business unit writes and the board approves. */
export function Narratives({ report }: { report: AnnualReport }) {
  const drafts = report.narratives.filter((n) => n.status === 'DRAFT').length;
  return (
    <section aria-labelledby="ar-narratives-h" className="ar-narratives" data-testid="ar-narratives">
      <h2 id="ar-narratives-h">The year in words</h2>
      <p className="hint no-print">
        {report.mode === 'EXACT'
          ? 'Internal view: each section shows its latest version; a draft is marked as not yet approved.'
          : 'Only text the board has approved is published.'}
        {drafts > 0 ? ` ${drafts} ${drafts === 1 ? 'section has a draft' : 'sections have drafts'} awaiting approval.` : ''}
      </p>
      {report.narratives.map((n) => (
        <NarrativeSection key={n.section} report={report} narrative={n} />
      ))}
    </section>
  );
}

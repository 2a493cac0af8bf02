import { DataTable } from '@sli/shared/ui';
import type { AnnualReport, ReportFigure } from '../api/annual-report';
import { changeText, figureText, headlineColumns, outOf } from '../lib/report-rows';

const QUADRANTS: [string, string][] = [
  ['how-much', 'How much did we do?'],
  ['how-well', 'How well did we do it?'],
  ['better-off', 'Is anyone better off?'],
];

function Figure({ figure, previousLabel }: { figure: ReportFigure; previousLabel: string }) {
  const counted = outOf(figure.currentNumerator, figure.currentDenominator);
  return (
    <li className="ar-figure" data-testid="ar-figure">
      <span className="ar-figure-label">{figure.label}</span>
      <span className="ar-figure-value">{figureText(figure.current, figure.unit)}</span>
      {counted ? <span className="hint">{counted}</span> : null}
      <span className="hint">
        {previousLabel}: {figureText(figure.previous, figure.unit)}
        {figure.change != null ? ` (change ${changeText(figure.change, figure.unit)})` : ''}
      </span>
    </li>
  );
}

/** Headline figures, this year beside the year before: at a glance by OBA question, then as a table to download. */
export function HeadlineFigures({ report }: { report: AnnualReport }) {
  return (
    <section aria-labelledby="ar-headlines-h">
      <h2 id="ar-headlines-h">Headline figures</h2>
      <div className="ar-glance">
        {QUADRANTS.map(([key, question]) => {
          const figures = report.headlines.filter((f) => f.quadrant === key);
          if (figures.length === 0) return null;
          return (
            <div key={key} className="ar-glance-group">
              <h3>{question}</h3>
              <ul>
                {figures.map((f) => (
                  <Figure key={f.key} figure={f} previousLabel={report.previousYear.label} />
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      <DataTable
        caption={`Headline figures, ${report.year.label} and ${report.previousYear.label}`}
        columns={headlineColumns(report)}
        rows={report.headlines}
        exportName={`annual-report-${report.financialYear.replace('/', '-')}-headlines`}
        rowKey={(f) => f.key}
      />
      <p className="hint">Changes in percentages are in percentage points. “–”: nothing to measure in the year.</p>
    </section>
  );
}

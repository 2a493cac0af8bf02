import { useEffect, useRef, type FormEvent } from 'react';
import { SHEET_SPECS, type ColumnMapping, type SpreadsheetOutcome } from '@sli/exchange-domain';
import { Field, formatDate, sentence } from '@sli/shared/ui';
import { counted, countWords, headerChoices, splitProblems } from '../lib/import-words';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const shown = (v: string | number | null | undefined) => (v == null || v === '' ? '' : typeof v === 'string' && ISO_DAY.test(v) ? formatDate(v) : String(v));

interface Props {
  outcome: SpreadsheetOutcome;
  /** The kind was worked out from the headers (not chosen). */
  detected: boolean;
  overrides: ColumnMapping;
  onOverride: (field: string, header: string | null) => void;
  onRecheck: () => void;
  onDownload: () => void;
  downloadMessage: string | null;
  onCommit: () => void;
  pending: boolean;
}

/**
 * Step two: what the import would do, before anything is written. The kind and header row found,
 * which column fills each field (changeable), the counts, every bad row with its column and reason,
 * the first rows as read, and "Import" only when there is nothing to fix.
 */
export function ImportPreview({ outcome, detected, overrides, onOverride, onRecheck, onDownload, downloadMessage, onCommit, pending }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const spec = SHEET_SPECS[outcome.kind];
  const { file, rows: rowProblems } = splitProblems(outcome);
  // Problems of the file itself are in the error summary, which takes the focus; otherwise the preview does.
  const focusHere = file.length === 0;
  useEffect(() => {
    if (focusHere) heading.current?.focus();
  }, [outcome, focusHere]);
  const choices = headerChoices(outcome);
  const canImport = outcome.problems.length === 0 && outcome.rows > 0;
  const fields = spec.columns.map((c) => c.field);
  const sampleFields = fields.filter((f) => outcome.sample.some((s) => s.values[f] !== undefined));
  const labelOf = (field: string) => spec.columns.find((c) => c.field === field)?.label ?? field;
  const recheck = (e: FormEvent) => {
    e.preventDefault();
    onRecheck();
  };

  return (
    <section aria-labelledby="import-preview-heading" className="imp-preview">
      <h2 id="import-preview-heading" tabIndex={-1} ref={heading}>
        Check the import
      </h2>
      <p>Nothing has been written yet.</p>
      <dl className="summary-list" data-testid="import-summary">
        <div className="summary-row">
          <dt>File</dt>
          <dd>{outcome.fileName}</dd>
        </div>
        <div className="summary-row">
          <dt>What it holds</dt>
          <dd>
            {spec.label}
            {detected ? ' (worked out from the headers)' : ''}
          </dd>
        </div>
        {outcome.headerRow > 0 ? (
          <div className="summary-row">
            <dt>Column headings</dt>
            <dd>Row {outcome.headerRow}</dd>
          </div>
        ) : null}
        <div className="summary-row">
          <dt>Rows read</dt>
          <dd>{counted(outcome.rows, 'row')}</dd>
        </div>
        {file.length === 0 ? (
          <div className="summary-row">
            <dt>What the import would do</dt>
            <dd data-testid="import-counts">
              {countWords(outcome, false)}
              {rowProblems.length > 0 ? ', once the rows below are fixed' : ''}
            </dd>
          </div>
        ) : null}
      </dl>

      {rowProblems.length > 0 ? (
        <section aria-labelledby="import-problems-heading">
          <h3 id="import-problems-heading">{counted(rowProblems.length, 'problem')} to fix</h3>
          <p>
            The import is all or nothing: nothing is written while any row has a problem. Fix these rows in your file, then choose it again and check it.
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Problems to fix">
            <table data-testid="import-problems">
              <caption className="visually-hidden">Problems to fix, by row</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Row
                  </th>
                  <th scope="col">Column</th>
                  <th scope="col">Value</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {rowProblems.map((p, i) => (
                  <tr key={`${p.row}-${p.column}-${i}`}>
                    <td className="num">{p.row}</td>
                    <td>{p.column ?? 'The whole row'}</td>
                    <td>{p.value ?? ''}</td>
                    <td>{sentence(p.column ?? 'The row', p.message)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="button-group">
            <button type="button" onClick={onDownload} disabled={pending}>
              Download the problems as a spreadsheet (XLSX)
            </button>
            {downloadMessage ? (
              <p className="hint" role="status">
                {downloadMessage}
              </p>
            ) : null}
          </div>
        </section>
      ) : null}

      {outcome.columns.length > 0 ? (
        <details className="imp-columns" open={file.length > 0}>
          <summary>Columns: which column of the sheet fills each field</summary>
          <form onSubmit={recheck} noValidate aria-label="Columns">
            <p className="hint">
              Change one if it was matched wrongly, then check again. The columns of an import that succeeds are remembered for the partnership.
              {outcome.ignoredHeaders.length > 0 ? ` Not read: ${outcome.ignoredHeaders.map((h) => `“${h}”`).join(', ')}.` : ''}
            </p>
            <div className="imp-mapping">
              {outcome.columns.map((c) => {
                const column = spec.columns.find((s) => s.field === c.field);
                const value = c.field in overrides ? (overrides[c.field] ?? '') : (c.header ?? '');
                return (
                  <Field key={c.field} id={`import-column-${c.field}`} label={`${c.label}${column?.required ? '' : ' (optional)'}`} hint={column?.hint}>
                    {(control) => (
                      <select {...control} value={value} onChange={(e) => onOverride(c.field, e.target.value === '' ? null : e.target.value)}>
                        <option value="">Not in this sheet</option>
                        {choices.map((h) => (
                          <option key={h} value={h}>
                            {h}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                );
              })}
            </div>
            <div className="button-group">
              <button type="submit" disabled={pending}>
                Check again with these columns
              </button>
            </div>
          </form>
        </details>
      ) : null}

      {outcome.sample.length > 0 ? (
        <details className="imp-sample">
          <summary>
            Rows as read ({outcome.sample.length.toLocaleString('en-GB')} of {outcome.rows.toLocaleString('en-GB')})
          </summary>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="The first rows as read">
            <table>
              <caption className="visually-hidden">The first rows as read, by row of the sheet</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Row
                  </th>
                  {sampleFields.map((f) => (
                    <th scope="col" key={f}>
                      {labelOf(f)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {outcome.sample.map((s) => (
                  <tr key={s.row}>
                    <td className="num">{s.row}</td>
                    {sampleFields.map((f) => (
                      <td key={f}>{shown(s.values[f])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}

      {canImport ? (
        <div className="imp-commit">
          <p>
            No problems found. The whole file is imported in one go, or none of it is. Importing the same file again later changes only what changed in it.
          </p>
          <div className="button-group">
            <button type="button" className="primary" onClick={onCommit} disabled={pending}>
              {pending ? 'Importing…' : `Import ${counted(outcome.rows, spec.rowNoun)}`}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

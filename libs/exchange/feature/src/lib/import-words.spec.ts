import { describe, expect, it } from '@jest/globals';
import { countWords, fileProblem, headerChoices, importAddress, sourcesOf, splitProblems } from './import-words';

describe('importAddress', () => {
  it('asks for a preview by the partnership ref alone when nothing else is chosen', () => {
    expect(importAddress({ partnership: 'NSCP', kind: null, mapping: {} })).toBe('/api/import/spreadsheet?partnership=NSCP');
  });

  it('sends the kind, the changed columns as JSON (null leaves a field out), the commit and the report format', () => {
    const address = importAddress({ partnership: 'NSCP', kind: 'action-plan', mapping: { dueOn: 'Target date', monitoringCommittee: null }, commit: true, format: 'xlsx' });
    const query = new URLSearchParams(address.split('?')[1]);
    expect(query.get('as')).toBe('action-plan');
    expect(JSON.parse(query.get('mapping') ?? '')).toEqual({ dueOn: 'Target date', monitoringCommittee: null });
    expect(query.get('commit')).toBe('true');
    expect(query.get('format')).toBe('xlsx');
  });
});

describe('countWords', () => {
  it('says what a preview would do and what an import did, in the kind’s own noun', () => {
    expect(countWords({ kind: 'action-plan', create: 3, update: 1, unchanged: 0 }, false)).toBe('3 actions to create, 1 to update, 0 unchanged');
    expect(countWords({ kind: 'measure-values', create: 1, update: 0, unchanged: 1200 }, true)).toBe('1 value created, 0 updated, 1,200 unchanged');
  });
});

describe('splitProblems', () => {
  it('puts problems without a row, or on the header row, with the file; the data rows’ problems apart', () => {
    const problems = [
      { row: null, column: null, message: 'The file is not a CSV or XLSX workbook' },
      { row: 4, column: null, message: 'No column for "Due date": name the column or map it' },
      { row: 8, column: 'Lead Agency', value: 'Sheetshire Polce', message: 'is not an agency' },
    ];
    const split = splitProblems({ headerRow: 4, problems });
    expect(split.file.map((p) => p.row)).toEqual([null, 4]);
    expect(split.rows.map((p) => p.row)).toEqual([8]);
  });
});

describe('headerChoices', () => {
  it('offers every header once: those read, then those ignored', () => {
    const columns = [
      { field: 'source', label: 'Review ref', header: 'Review Reference' },
      { field: 'ref', label: 'Action ref', header: null },
      { field: 'dueOn', label: 'Due date', header: 'Target Date' },
    ];
    expect(headerChoices({ columns, ignoredHeaders: ['RAG', 'Target Date'] })).toEqual(['Review Reference', 'Target Date', 'RAG']);
  });
});

describe('sourcesOf', () => {
  it('names the reviews of an action plan’s rows once each, and none for measure values', () => {
    const sample = [
      { row: 5, values: { source: 'LCSPR-T', ref: 'LCSPR-T/A1' } },
      { row: 6, values: { source: 'LCSPR-T', ref: 'LCSPR-T/A2' } },
      { row: 7, values: { source: 'RR-9', ref: 'RR-9/A1' } },
    ];
    expect(sourcesOf({ kind: 'action-plan', sample })).toEqual(['LCSPR-T', 'RR-9']);
    expect(sourcesOf({ kind: 'measure-values', sample })).toEqual([]);
  });
});

describe('fileProblem', () => {
  it('asks for a file, a CSV or XLSX one, not empty', () => {
    expect(fileProblem(null)).toBe('Select a CSV or XLSX file');
    expect(fileProblem({ name: 'plan.pdf', size: 10 })).toBe('The selected file must be a CSV or XLSX');
    expect(fileProblem({ name: 'plan.csv', size: 0 })).toBe('The selected file is empty');
    expect(fileProblem({ name: 'Plan.XLSX', size: 10 })).toBeUndefined();
  });
});

import { isSpreadsheetFile, parseSheetArgs } from './sheet-args';

describe('parseSheetArgs', () => {
  it('reads the file, partnership, kind, preview and report', () => {
    expect(parseSheetArgs(['plan.xlsx', '--partnership', 'NSCP', '--as=action-plan', '--preview', '--errors', 'p.xlsx'])).toEqual({
      file: 'plan.xlsx',
      partnership: 'NSCP',
      kind: 'action-plan',
      preview: true,
      errors: 'p.xlsx',
    });
    expect(parseSheetArgs(['-p', 'NSCP', 'v.csv'])).toEqual({ file: 'v.csv', partnership: 'NSCP', kind: null, preview: false, errors: null });
  });

  it('says what is wrong', () => {
    expect(parseSheetArgs(['plan.xlsx'])).toContain('--partnership REF is required');
    expect(parseSheetArgs(['plan.xlsx', '-p', 'X', '--as', 'reviews'])).toContain('--as must be action-plan or measure-values');
    expect(parseSheetArgs(['plan.xlsx', '-p', 'X', '--server', 'http://x'])).toBe('unknown argument --server');
  });

  it('tells spreadsheets from bundles by their extension', () => {
    expect(isSpreadsheetFile('Plan.XLSX')).toBe(true);
    expect(isSpreadsheetFile('values.csv')).toBe(true);
    expect(isSpreadsheetFile('bundle.json')).toBe(false);
  });
});

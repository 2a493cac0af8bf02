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
    expect(parseSheetArgs(['register.xlsx', '-p', 'NSCP', '--as', 'notifications'])).toMatchObject({ kind: 'notifications' });
    expect(parseSheetArgs(['register.xlsx', '-p', 'NSCP', '--as=reviews'])).toMatchObject({ kind: 'reviews' });
    expect(parseSheetArgs(['training.xlsx', '-p', 'NSCP', '--as', 'training-register'])).toMatchObject({ kind: 'training-register' });
  });

  it('says what is wrong', () => {
    expect(parseSheetArgs(['plan.xlsx'])).toContain('--partnership REF is required');
    expect(parseSheetArgs(['plan.xlsx', '-p', 'X', '--as', 'training'])).toBe(
      '--as must be one of action-plan, measure-values, notifications, reviews, training-register (got training)',
    );
    expect(parseSheetArgs(['plan.xlsx', '-p', 'X', '--server', 'http://x'])).toBe('unknown argument --server');
  });

  it('tells spreadsheets from bundles by their extension', () => {
    expect(isSpreadsheetFile('Plan.XLSX')).toBe(true);
    expect(isSpreadsheetFile('values.csv')).toBe(true);
    expect(isSpreadsheetFile('bundle.json')).toBe(false);
  });
});

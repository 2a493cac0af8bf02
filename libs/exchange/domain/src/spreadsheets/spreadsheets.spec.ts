import { detectKind, findHeaderRow, normaliseHeader } from './header-detection';
import { readPeriod } from './periods';
import { ACTION_PLAN_SHEET, MEASURE_VALUES_SHEET } from './sheet-kinds';
import { AGE_BAND_WORDS, ageBandOf, readWord, REVIEW_STATUS_SHEET_WORDS, REVIEW_TYPE_WORDS } from './register-words';
import { excelSerialDay, readUkDate } from './uk-dates';

describe('readUkDate', () => {
  it.each([
    ['05/04/2024', '2024-04-05'],
    ['5/4/2024', '2024-04-05'],
    ['5/4/24', '2024-04-05'],
    ['05-04-2024', '2024-04-05'],
    ['05.04.2024', '2024-04-05'],
    ['5 April 2024', '2024-04-05'],
    ['5 Apr 2024', '2024-04-05'],
    ['5th April 2024', '2024-04-05'],
    ['Friday 5 April 2024', '2024-04-05'],
    ['05-Apr-2024', '2024-04-05'],
    ['5 Sept 2024', '2024-09-05'],
    ['2024-04-05', '2024-04-05'],
    ['29/02/2024', '2024-02-29'],
    [' 1 March 2025 ', '2025-03-01'],
  ])('reads %s as %s', (text, iso) => {
    expect(readUkDate(text)).toEqual({ iso });
  });

  it('reads Excel serial numbers, as numbers and as text', () => {
    expect(readUkDate(45383)).toEqual({ iso: '2024-04-01' });
    expect(readUkDate(45383.75)).toEqual({ iso: '2024-04-01' });
    expect(readUkDate('45383')).toEqual({ iso: '2024-04-01' });
    expect(excelSerialDay(1)).toBe('1899-12-31');
  });

  it('reads real date cells as their day, also when written at midnight in UK summer time', () => {
    expect(readUkDate(new Date(Date.UTC(2024, 3, 5)))).toEqual({ iso: '2024-04-05' });
    expect(readUkDate(new Date(Date.UTC(2024, 3, 4, 23)))).toEqual({ iso: '2024-04-05' });
  });

  it('refuses days that do not exist and US order, saying why', () => {
    expect(readUkDate('31/02/2024')).toEqual({ problem: expect.stringContaining('"31/02/2024" is not a day') });
    expect(readUkDate('29/02/2023')).toHaveProperty('problem');
    expect(readUkDate('04/25/2024')).toEqual({ problem: expect.stringContaining('not a day in UK order (day first)') });
    expect(readUkDate('soon')).toEqual({ problem: expect.stringContaining('write it as dd/mm/yyyy') });
    expect(readUkDate('')).toEqual({ problem: 'is empty' });
    expect(readUkDate(-3)).toHaveProperty('problem');
  });
});

describe('readPeriod', () => {
  it.each([
    ['Q1 2024/25', '2024-04-01', 'quarter'],
    ['Q4 2024/25', '2025-01-01', 'quarter'],
    ['2024-25 Q3', '2024-10-01', 'quarter'],
    ['2024/2025', '2024-04-01', 'year'],
    ['FY 2023/24', '2023-04-01', 'year'],
    ['April 2024', '2024-04-01', 'month'],
    ['Jan-25', '2025-01-01', 'month'],
    ['01/07/2024', '2024-07-01', null],
  ])('reads %s', (text, start, grain) => {
    expect(readPeriod(text)).toEqual({ start, grain });
  });

  it('reads a real date cell as given and refuses a year that is not a financial year', () => {
    expect(readPeriod(new Date(Date.UTC(2025, 0, 15)))).toEqual({ start: '2025-01-15', grain: null });
    expect(readPeriod('Q1 2024/26')).toEqual({ problem: expect.stringContaining('is not a financial year') });
    expect(readPeriod('next quarter')).toEqual({ problem: expect.stringContaining('is not a period') });
  });
});

describe('header detection', () => {
  it('normalises headers', () => {
    expect(normaliseHeader('Due Date (dd/mm/yyyy)*')).toBe('due date');
    expect(normaliseHeader('  Evidence of Impact & Outcomes ')).toBe('evidence of impact and outcomes');
    expect(normaliseHeader('Owner\nagency')).toBe('owner agency');
  });

  it('finds the header row under a merged title and notes, with messy header names', () => {
    const title = 'LCSPR "Child T" action plan';
    const rows = [
      [title, title, title, title, title, title],
      ['Updated monthly for the Learning from Practice Group'],
      [],
      ['Review Reference', 'Action Ref ', 'What will be done?', 'Lead agency', 'Target date (dd/mm/yyyy)', 'RAG', 'Progress'],
      ['R-1', 'R-1/A1', 'Audit', 'Police', '01/04/2025', 'Green', 'In progress'],
    ];
    const match = findHeaderRow(ACTION_PLAN_SHEET, rows);
    expect(match).toMatchObject({
      rowIndex: 3,
      columns: { source: 0, ref: 1, title: 2, ownerAgency: 3, dueOn: 4, status: 6 },
      missing: [],
    });
  });

  it('follows a mapping before the common names, and a null leaves a column out', () => {
    const rows = [['Case', 'Task', 'Who', 'When', 'Where are we', 'Ref']];
    const mapping = { source: 'Case', title: 'Task', ownerAgency: 'Who', dueOn: 'When', status: 'Where are we', ref: null };
    expect(findHeaderRow(ACTION_PLAN_SHEET, rows, mapping)?.columns).toEqual({ source: 0, title: 1, ownerAgency: 2, dueOn: 3, status: 4 });
  });

  it('tells the kind from the headers, and what a sheet lacks', () => {
    expect(detectKind([['Measure', 'Quarter', 'Actual', 'Comments']])).toMatchObject({ kind: 'measure-values', missing: [] });
    expect(detectKind([['Ref', 'Action', 'Owner', 'Due date', 'Status', 'Review']])).toMatchObject({ kind: 'action-plan', missing: [] });
    expect(findHeaderRow(MEASURE_VALUES_SHEET, [['Measure', 'Value']])).toMatchObject({ missing: ['period'] });
    expect(detectKind([['Name', 'Address']])).toBeNull();
  });

  it('tells notification and review registers from the other kinds, and from each other', () => {
    expect(detectKind([['Notification ref', 'Date aware', 'Date notified', 'Harm', 'Age band', 'Decision']])).toMatchObject({ kind: 'notifications', missing: [] });
    expect(detectKind([['Reference', 'Title', 'Type', 'Status', 'Initiated', 'Completed', 'Published', 'Notification']])).toMatchObject({
      kind: 'reviews',
      missing: [],
      columns: { ref: 0, title: 1, type: 2, status: 3, initiatedOn: 4, completedOn: 5, publishedOn: 6, notification: 7 },
    });
  });
});

describe('register words', () => {
  it('reads review types and statuses as registers and downloads write them', () => {
    expect(readWord('Local child safeguarding practice review', REVIEW_TYPE_WORDS)).toBe('lcspr');
    expect(readWord('LCSPR', REVIEW_TYPE_WORDS)).toBe('lcspr');
    expect(readWord('Single-agency review', REVIEW_TYPE_WORDS)).toBe('single-agency');
    expect(readWord('Closed unpublished', REVIEW_STATUS_SHEET_WORDS)).toBe('closed-unpublished');
    expect(readWord('in-progress', REVIEW_STATUS_SHEET_WORDS)).toBe('in-progress');
    expect(readWord('Learning lunch', REVIEW_TYPE_WORDS)).toBeUndefined();
  });

  it('reads age bands in words, with an en dash, and ages in years', () => {
    expect(readWord('1–5', AGE_BAND_WORDS)).toBe('1-5');
    expect(readWord('Under 1', AGE_BAND_WORDS)).toBe('under-1');
    expect([0, 1, 5, 6, 15, 16, 17].map(ageBandOf)).toEqual(['under-1', '1-5', '1-5', '6-10', '11-15', '16-17', '16-17']);
    expect(ageBandOf(18)).toBeUndefined();
  });
});

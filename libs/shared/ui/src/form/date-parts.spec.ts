import { describe, expect, it } from '@jest/globals';
import { isoToDateParts, isoToKept, joinDateParts, parseDateParts, parseKeptDate, splitDateParts } from './date-parts';

const parse = (day: string, month: string, year: string) => parseDateParts({ day, month, year }, 'Date aware');

describe('parseDateParts', () => {
  it('reads a date in UK order, with or without leading zeros and spaces', () => {
    expect(parse('7', '5', '2025')).toEqual({ value: '2025-05-07', parts: [] });
    expect(parse('07', '05', '2025')).toEqual({ value: '2025-05-07', parts: [] });
    expect(parse(' 31 ', '12', '2025 ')).toEqual({ value: '2025-12-31', parts: [] });
    expect(parse('29', '2', '2024').value).toBe('2024-02-29');
  });

  it('gives null, and no problem, when all three are blank', () => {
    expect(parse('', '', '')).toEqual({ value: null, parts: [] });
    expect(parse(' ', '', ' ')).toEqual({ value: null, parts: [] });
  });

  it('refuses dates that do not exist', () => {
    expect(parse('31', '2', '2025')).toEqual({ value: null, problem: 'Date aware must be a real date', parts: ['day'] });
    expect(parse('29', '2', '2025').problem).toBe('Date aware must be a real date');
    expect(parse('31', '4', '2025').parts).toEqual(['day']);
    expect(parse('0', '5', '2025').parts).toEqual(['day']);
    expect(parse('1', '13', '2025')).toEqual({ value: null, problem: 'Date aware must be a real date', parts: ['month'] });
    expect(parse('1', 'May', '2025')).toEqual({ value: null, problem: 'Date aware must be a real date', parts: ['month'] });
    expect(parse('1.5', '5', '2025').parts).toEqual(['day']);
  });

  it('refuses a 2-digit (or 5-digit) year rather than guessing the century', () => {
    expect(parse('7', '5', '25')).toEqual({ value: null, problem: 'Date aware: the year must include 4 numbers, for example 2025', parts: ['year'] });
    expect(parse('7', '5', '20250').parts).toEqual(['year']);
  });

  it('names the missing parts', () => {
    expect(parse('7', '', '2025')).toEqual({ value: null, problem: 'Date aware must include a month', parts: ['month'] });
    expect(parse('', '', '2025')).toEqual({ value: null, problem: 'Date aware must include a day and a month', parts: ['day', 'month'] });
  });
});

describe('kept strings', () => {
  it('round-trip the parts exactly as typed, and blank as the empty string', () => {
    const typed = { day: '31', month: '02', year: '25' };
    expect(splitDateParts(joinDateParts(typed))).toEqual(typed);
    expect(joinDateParts({ day: '', month: '', year: '' })).toBe('');
    expect(splitDateParts('')).toEqual({ day: '', month: '', year: '' });
  });

  it('start from an ISO date without leading zeros, and parse back to it', () => {
    expect(isoToDateParts('2025-05-07')).toEqual({ day: '7', month: '5', year: '2025' });
    expect(isoToDateParts(null)).toEqual({ day: '', month: '', year: '' });
    expect(parseKeptDate(isoToKept('2025-05-07'), 'Due').value).toBe('2025-05-07');
  });
});

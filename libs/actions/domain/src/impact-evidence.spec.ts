import { describe, expect, it } from '@jest/globals';
import { auditImpact, measureImpact } from './impact-evidence';

// A quarterly measure: Q1–Q4 2024/25, then Q1 2025/26.
const VALUES = [
  { periodStart: '2024-10-01', value: 60 },
  { periodStart: '2024-04-01', value: 50 },
  { periodStart: '2024-07-01', value: 55 },
  { periodStart: '2025-01-01', value: 58 },
  { periodStart: '2025-04-01', value: 66 },
];

describe('measureImpact', () => {
  it('waits for the action to be completed, showing the latest value as it stands', () => {
    expect(measureImpact(VALUES, null, 'higher-is-better')).toEqual({
      state: 'awaited', baseline: { periodStart: '2025-04-01', value: 66 }, since: [], change: null, direction: null,
    });
  });

  it('compares the latest value since completion with the last before it', () => {
    // Completed 15 Nov 2024: baseline Q3 (from 1 Oct, 60); since Q4 (58) and Q1 (66); change 66 − 60 = 6.
    const impact = measureImpact(VALUES, '2024-11-15', 'higher-is-better');
    expect(impact).toMatchObject({ state: 'arrived', baseline: { periodStart: '2024-10-01', value: 60 }, change: 6, direction: 'better' });
    expect(impact.since.map((v) => v.periodStart)).toEqual(['2025-01-01', '2025-04-01']);
    // The same rise is worse when lower is better.
    expect(measureImpact(VALUES, '2024-11-15', 'lower-is-better').direction).toBe('worse');
  });

  it('counts a period starting on the completion day as after it', () => {
    expect(measureImpact(VALUES, '2025-04-01', 'higher-is-better')).toMatchObject({ baseline: { value: 58 }, since: [{ value: 66 }], change: 8 });
  });

  it('is awaited when no period has started since completion, and has no change without a baseline', () => {
    expect(measureImpact(VALUES, '2025-05-01', 'higher-is-better')).toMatchObject({ state: 'awaited', since: [], change: null });
    expect(measureImpact(VALUES, '2024-03-01', 'higher-is-better')).toMatchObject({ state: 'arrived', baseline: null, change: null, direction: null });
    expect(measureImpact([{ periodStart: '2024-04-01', value: 5 }, { periodStart: '2024-07-01', value: 5 }], '2024-05-01', 'lower-is-better').direction).toBe('no-change');
  });
});

describe('auditImpact', () => {
  const grades = ['good', 'outstanding', 'requires-improvement', 'inadequate', 'good'];

  it('counts good or better once the round is completed by the day asked about', () => {
    // 3 of 5 good or outstanding; the round started after the action was completed.
    expect(auditImpact({ startedOn: '2025-01-06', completedOn: '2025-03-14' }, '2024-12-20', grades, '2025-03-31')).toEqual({
      state: 'arrived', startedBeforeAction: false, graded: 5, goodOrBetter: 3,
    });
  });

  it('waits for a round not completed, or completed after the day asked about', () => {
    expect(auditImpact({ startedOn: '2025-01-06', completedOn: null }, '2024-12-20', grades, '2025-03-31')).toMatchObject({ state: 'awaited', graded: 0 });
    expect(auditImpact({ startedOn: '2025-01-06', completedOn: '2025-03-14' }, '2024-12-20', grades, '2025-03-13').state).toBe('awaited');
  });

  it('says when the round started before the action was completed', () => {
    expect(auditImpact({ startedOn: '2024-12-01', completedOn: '2025-03-14' }, '2024-12-20', grades, '2025-03-31').startedBeforeAction).toBe(true);
    expect(auditImpact({ startedOn: '2024-12-01', completedOn: null }, null, [], '2025-03-31').startedBeforeAction).toBe(true);
  });
});

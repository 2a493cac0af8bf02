import fc from 'fast-check';
import { kirkpatrickLevels, meanOf, trainingImpactFigures, type TrainingImpactTotals } from './training-impact';

const ZERO: TrainingImpactTotals = {
  evaluations: 0,
  confidenceBeforeSum: 0,
  confidenceAfterSum: 0,
  satisfactionResponses: 0,
  satisfactionSum: 0,
  followUpsSent: 0,
  followUpsResponded: 0,
  changedPractice: 0,
};

describe('training impact figures', () => {
  it('averages confidence and satisfaction and rates the follow-ups', () => {
    // Evaluations (before → after): 2 → 4, 3 → 4, 2 → 5: before 7/3, after 13/3, change (2 + 1 + 3) / 3 = 2.
    // Satisfaction 5 and 4 from two of them: 4.5. Follow-ups: 4 sent, 2 responded, 1 changed practice.
    const totals = { evaluations: 3, confidenceBeforeSum: 7, confidenceAfterSum: 13, satisfactionResponses: 2, satisfactionSum: 9, followUpsSent: 4, followUpsResponded: 2, changedPractice: 1 };
    const f = trainingImpactFigures(totals);
    expect(f.meanConfidenceBefore).toBeCloseTo(7 / 3, 10);
    expect(f.meanConfidenceAfter).toBeCloseTo(13 / 3, 10);
    expect(f.meanConfidenceChange).toBe(2);
    expect(f.meanSatisfaction).toBe(4.5);
    expect(f.responseRate).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(f.practiceChange).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(kirkpatrickLevels(totals).map((l) => [l.level, l.value, l.n])).toEqual([
      ['reaction', 4.5, 2],
      ['learning', 2, 3],
      ['behaviour', 0.5, 2],
      ['results', null, 0],
    ]);
  });

  it('gives nulls, not zeros, when there is nothing to average', () => {
    const f = trainingImpactFigures(ZERO);
    expect([f.meanConfidenceBefore, f.meanConfidenceChange, f.meanSatisfaction, f.responseRate.value, f.practiceChange.value]).toEqual([
      null, null, null, null, null,
    ]);
    expect(meanOf(0, 0)).toBeNull();
  });

  it('property: mean change is mean after − mean before, within −4..4; rates lie in 0..1', () => {
    const scores = fc.array(fc.record({ before: fc.integer({ min: 1, max: 5 }), after: fc.integer({ min: 1, max: 5 }) }), { maxLength: 30 });
    const followUps = fc.integer({ min: 0, max: 30 }).chain((sent) =>
      fc.integer({ min: 0, max: sent }).chain((responded) => fc.integer({ min: 0, max: responded }).map((changed) => ({ sent, responded, changed }))),
    );
    fc.assert(
      fc.property(scores, followUps, (evals, fu) => {
        const f = trainingImpactFigures({
          ...ZERO,
          evaluations: evals.length,
          confidenceBeforeSum: evals.reduce((s, e) => s + e.before, 0),
          confidenceAfterSum: evals.reduce((s, e) => s + e.after, 0),
          followUpsSent: fu.sent,
          followUpsResponded: fu.responded,
          changedPractice: fu.changed,
        });
        if (evals.length > 0) {
          expect(f.meanConfidenceChange as number).toBeCloseTo((f.meanConfidenceAfter as number) - (f.meanConfidenceBefore as number), 10);
          expect(Math.abs(f.meanConfidenceChange as number)).toBeLessThanOrEqual(4);
        }
        for (const r of [f.responseRate, f.practiceChange]) {
          if (r.value === null) expect(r.denominator).toBe(0);
          else {
            expect(r.value).toBeGreaterThanOrEqual(0);
            expect(r.value).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });
});

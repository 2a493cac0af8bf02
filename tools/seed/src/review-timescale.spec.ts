import { addCalendarMonths, completionClock } from '@sli/reviews-domain';
import { DEFAULT_OPTIONS, generateBundle } from './generate';

describe('demo pauses', () => {
  const demo = generateBundle(DEFAULT_OPTIONS);
  const paused = (demo.reviews ?? []).filter((r) => r.timescaleChanges?.length);

  it('pauses some completed LCSPR, SAR, DHR and PLR, each ended by the completion', () => {
    expect(paused.length).toBeGreaterThan(3);
    for (const r of paused) {
      const [pause] = r.timescaleChanges ?? [];
      expect(['lcspr', 'sar', 'dhr', 'plr']).toContain(r.type);
      expect(pause?.kind).toBe('pause');
      expect(pause?.startsOn > r.initiatedOn && (pause?.endsOn ?? '') <= (r.completedOn ?? '')).toBe(true);
    }
  });

  it('changes no figure: each paused review was completed by its original due date, so it stays within six months', () => {
    for (const r of paused) {
      const original = addCalendarMonths(r.initiatedOn, 6);
      expect((r.completedOn ?? '') <= original).toBe(true);
      const clock = completionClock(
        { type: r.type, initiatedOn: r.initiatedOn, completedOn: r.completedOn ?? null },
        (r.timescaleChanges ?? []).map((c) => ({ kind: c.kind, startsOn: c.startsOn, endsOn: c.endsOn ?? null, agreedDueOn: null })),
        r.completedOn ?? '',
      );
      expect(clock && clock.dueOn > original && (r.completedOn ?? '') <= clock.dueOn).toBe(true);
    }
  });
});

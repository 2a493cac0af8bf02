import { demoDecisions, demoGroupPlan, meetingDays } from './demo-group-plan';

describe('demoGroupPlan', () => {
  const northshire = { ref: 'NSCP', name: 'Northshire Safeguarding Children Partnership' };

  it('is the same plan every time', () => {
    expect(demoGroupPlan(northshire)).toEqual(demoGroupPlan({ ...northshire }));
    expect(demoDecisions('Learning from Practice Group', '2025-06-02', 'A1')).toEqual(demoDecisions('Learning from Practice Group', '2025-06-02', 'A1'));
  });

  it('gives the learning group a meeting every six weeks on a weekday, and a rotating chair', () => {
    const lfp = demoGroupPlan(northshire).find((g) => g.name === 'Learning from Practice Group');
    const days = lfp?.meetings ?? [];
    // Two reporting years of six-weekly meetings: 17 or 18 of them (730 days / 42).
    expect(days.length).toBeGreaterThanOrEqual(17);
    for (let i = 1; i < days.length; i++) expect((Date.parse(days[i] as string) - Date.parse(days[i - 1] as string)) / 86_400_000).toBe(42);
    expect(days.every((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()))).toBe(true);
    expect(lfp?.terms.filter((t) => t.memberRole === 'chair').map((t) => [t.fromOn, t.toOn])).toEqual([
      ['2024-04-01', '2025-03-31'],
      ['2025-04-01', null],
    ]);
  });

  it('keeps meetings inside the window', () => {
    const days = meetingDays('x', 13, '2024-04-01', '2026-03-31');
    expect(days.every((d) => d >= '2024-04-01' && d <= '2026-03-31')).toBe(true);
    expect(days.length).toBe(8);
  });
});

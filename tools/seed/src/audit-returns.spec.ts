import { generateBundle } from './generate';

describe('demo audit returns', () => {
  it('invites agencies on recent rounds: some returned, some overdue, none returned after the generation date', () => {
    const bundle = generateBundle();
    const asOf = (bundle.generatedAt ?? '').slice(0, 10);
    const returns = (bundle.audits ?? []).flatMap((a) => a.agencyReturns ?? []);
    const returned = returns.filter((r) => r.returnedOn);
    const overdue = returns.filter((r) => !r.returnedOn && r.dueOn < asOf);
    expect(returned.length).toBeGreaterThan(0);
    expect(overdue.length).toBeGreaterThan(0);
    expect(returned.every((r) => (r.returnedOn as string) <= asOf && (r.returnedOn as string) >= r.sentOn && r.submittedBy)).toBe(true);
    // Only rounds of the last 18 months.
    const audits = (bundle.audits ?? []).filter((a) => a.agencyReturns?.length);
    expect(audits.every((a) => a.startedOn >= '2024-09-28')).toBe(true);
  });
});

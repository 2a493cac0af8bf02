import type { Bundle } from '@sli/exchange-domain';
import { checkBundle } from './check-bundle';
import { generateBundle } from './generate';

describe('the demo results hierarchy', () => {
  let demo: Bundle;
  beforeAll(() => {
    demo = generateBundle();
  });

  const of = <T extends { partnership: string }>(records: readonly T[] | undefined, partnership: string) =>
    (records ?? []).filter((r) => r.partnership === partnership);

  it('gives every partnership 2–3 results, each with 2–3 strategies of 2–4 partners and 2–5 actions', () => {
    for (const p of demo.partnerships) {
      const results = of(demo.obaResults, p.ref);
      expect(results.length).toBeGreaterThanOrEqual(2);
      expect(results.length).toBeLessThanOrEqual(3);
      for (const r of results) {
        const strategies = of(demo.obaStrategies, p.ref).filter((s) => s.result === r.ref);
        expect(strategies.length).toBeGreaterThanOrEqual(2);
        expect(strategies.length).toBeLessThanOrEqual(3);
        for (const s of strategies) {
          expect(s.partners?.length).toBeGreaterThanOrEqual(2);
          expect(s.partners?.length).toBeLessThanOrEqual(4);
          expect(s.actions?.length).toBeGreaterThanOrEqual(2);
          expect(s.actions?.length).toBeLessThanOrEqual(5);
        }
      }
    }
    expect(checkBundle(demo)).toEqual([]);
  });

  it('titles results by the population condition and places the existing measures under them', () => {
    const children = demo.partnerships.find((p) => p.kind === 'children')?.ref ?? '';
    const adults = demo.partnerships.find((p) => p.kind === 'adults')?.ref ?? '';
    expect(of(demo.obaResults, children).map((r) => r.title)).toContain('Children are safe from abuse and neglect');
    expect(of(demo.obaResults, adults).map((r) => r.title)).toContain('Adults at risk are safe and their wishes are heard');

    const measures = of(demo.measures, children);
    const reReferrals = measures.find((m) => m.ref === 'M-RE-REFERRALS');
    expect(reReferrals).toMatchObject({ kind: 'indicator', result: 'RES-CHILDREN-SAFE' });
    expect(reReferrals?.strategy).toBeUndefined();
    expect(measures.find((m) => m.ref === 'M-ENCOMPASS')).toMatchObject({ strategy: 'STR-ENCOMPASS' });
    // Every indicator names a result only; every placed performance measure a strategy only.
    for (const m of demo.measures ?? []) {
      if (m.kind === 'indicator') expect(m.strategy).toBeUndefined();
      else expect(m.result).toBeUndefined();
    }
  });
});

import { describe, expect, it } from '@jest/globals';
import type { Headlines } from '../api/headlines';
import { buildHeadlines, hasData, periodIsEmpty } from './headlines';
import { OVERVIEW_TILE_KEYS } from './headline-keys';

type Value = { value: number | null; numerator?: number | null; denominator?: number | null };

function v(label: string, x: Value) {
  return { label, from: '2020-04-01', to: '2021-03-31', asOf: '2021-03-31', numerator: null, denominator: null, ...x };
}

/** Every overview tile: counts of `count` and rates of `rate` in the chosen period, nothing at all the year before. */
function data(current: { count: number; rate: Value }, previous: { count: number; rate: Value }): Headlines {
  const tiles = OVERVIEW_TILE_KEYS.map((key) => {
    const rate = key.endsWith('on-time') || key.endsWith('six-months') || key === 'audit-good-or-better' || key === 'training-practice-change';
    const pick = (p: typeof current) => v(key, rate ? p.rate : { value: p.count });
    return { key, label: key, unit: rate ? 'percent' : 'count', polarity: rate ? 'higher-is-better' : null, current: pick(current), previous: pick(previous), trend: [pick(previous), pick(current)] };
  });
  return { tiles, details: [] } as unknown as Headlines;
}

describe('no data', () => {
  it('counts a zero count or a rate with nothing to measure as no data, a real figure as data', () => {
    expect(hasData('count', { value: 0 })).toBe(false);
    expect(hasData('count', { value: 3 })).toBe(true);
    expect(hasData('percent', { value: 0, numerator: 0, denominator: 0 })).toBe(false);
    expect(hasData('percent', { value: 0, numerator: 0, denominator: 4 })).toBe(true);
    expect(periodIsEmpty([{ unit: 'count', value: { value: 0 } }, { unit: 'count', value: { value: 2 } }])).toBe(false);
  });

  it('marks a year in which no tile has any record "no data" and compares nothing with it', () => {
    const empty = { count: 0, rate: { value: null, numerator: 0, denominator: 0 } };
    const some = { count: 4, rate: { value: 50, numerator: 2, denominator: 4 } };
    const headlines = buildHeadlines(data(some, empty), { against: '2019/20', label: '2020/21' });
    const completed = headlines.find((h) => h.def.key === 'reviews-completed');
    expect(completed?.noData).toEqual({ current: false, previous: true, trend: [true, false] });
    expect(headlines.every((h) => h.change === null)).toBe(true);
  });

  it('still compares a zero with a year that had data: a zero there is a real figure', () => {
    const zero = { count: 0, rate: { value: 0, numerator: 0, denominator: 20 } };
    const some = { count: 4, rate: { value: 50, numerator: 10, denominator: 20 } };
    const completed = buildHeadlines(data(some, zero), { against: '2019/20', label: '2020/21' }).find((h) => h.def.key === 'audit-good-or-better');
    expect(completed?.noData.previous).toBe(false);
    expect(completed?.change?.text).toBe('Up 50 percentage points on 2019/20 (better)');
  });
});

describe('the kind of partnership', () => {
  const some = { count: 4, rate: { value: 50, numerator: 2, denominator: 4 } };
  it("leaves out notifications and rapid reviews for a partnership that does not work with children", () => {
    const keys = buildHeadlines(data(some, some), { against: '2019/20', label: '2020/21', children: false }).map((h) => h.def.key);
    expect(keys).not.toContain('notifications');
    expect(keys).not.toContain('rapid-reviews-on-time');
    expect(keys).toContain('reviews-completed');
    expect(buildHeadlines(data(some, some), { against: '2019/20', label: '2020/21', children: true }).map((h) => h.def.key)).toContain('notifications');
  });

  it("shows an adults board its SAR tiles instead, a children's partnership none, and a joint partnership both", () => {
    const keysFor = (children: boolean, adults: boolean) =>
      buildHeadlines(data(some, some), { against: '2019/20', label: '2020/21', children, adults }).map((h) => h.def.key);
    const adults = keysFor(false, true);
    expect(adults).toEqual(expect.arrayContaining(['sars-started', 'sars-within-six-months', 'reviews-completed']));
    expect(adults).not.toContain('notifications');
    const children = keysFor(true, false);
    expect(children).toContain('rapid-reviews-on-time');
    expect(children).not.toContain('sars-started');
    expect(children).not.toContain('sars-within-six-months');
    const joint = keysFor(true, true);
    expect(joint).toEqual(expect.arrayContaining(['notifications', 'rapid-reviews-on-time', 'sars-started', 'sars-within-six-months']));
  });

  it('links the SAR tiles to the reviews list narrowed to SARs', () => {
    const sar = buildHeadlines(data(some, some), { against: '2019/20', label: '2020/21', adults: true }).find((h) => h.def.key === 'sars-started');
    expect(sar?.def).toMatchObject({ path: '/reviews', linkParams: { reviewType: 'sar' }, anchor: 'reviews-list' });
  });
});

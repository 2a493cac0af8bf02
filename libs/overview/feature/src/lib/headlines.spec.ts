import { describe, expect, it } from '@jest/globals';
import type { Headlines } from '../api/headlines';
import { buildHeadlines, hasData, periodIsEmpty } from './headlines';
import { kindScope } from '@sli/shared/data-access';
import { OVERVIEW_DETAIL_KEYS, OVERVIEW_TILE_KEYS } from './headline-keys';
import { keysFor } from './measures';

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
  const keysFor = (kind: Parameters<typeof kindScope>[0]) =>
    buildHeadlines(data(some, some), { against: '2019/20', label: '2020/21', works: kindScope(kind) }).map((h) => h.def.key);
  const COMMON = ['reviews-in-progress', 'reviews-completed', 'reviews-published', 'actions-open', 'actions-overdue', 'actions-completed-on-time', 'training-reach', 'training-practice-change', 'audit-good-or-better'];

  it("shows a children's partnership notifications and rapid reviews, and no SAR or DHR tiles", () => {
    expect(keysFor('CHILDREN')).toEqual(['notifications', 'rapid-reviews-on-time', ...COMMON]);
  });

  it('shows an adults board its SAR and DHR tiles, and no notifications or rapid reviews', () => {
    expect(keysFor('ADULTS')).toEqual(['sars-started', 'sars-within-six-months', 'dhrs-started', 'dhrs-within-six-months', ...COMMON]);
  });

  it('shows a community safety partnership its DHR tiles only: no notifications, rapid reviews or SARs', () => {
    expect(keysFor('COMMUNITY_SAFETY')).toEqual(['dhrs-started', 'dhrs-within-six-months', ...COMMON]);
  });

  it('shows a joint partnership every tile', () => {
    expect(keysFor('JOINT')).toEqual([...OVERVIEW_TILE_KEYS]);
  });

  it('links the SAR and DHR tiles to the reviews list narrowed to their type, and quotes the completed count', () => {
    const headlines = buildHeadlines(data(some, some), { against: '2019/20', label: '2020/21' });
    const sar = headlines.find((h) => h.def.key === 'sars-started');
    expect(sar?.def).toMatchObject({ path: '/reviews', linkParams: { reviewType: 'sar' }, anchor: 'reviews-list' });
    const dhr = headlines.find((h) => h.def.key === 'dhrs-started');
    expect(dhr?.def).toMatchObject({ path: '/reviews', linkParams: { reviewType: 'dhr' }, anchor: 'reviews-list' });
    expect(headlines.find((h) => h.def.key === 'dhrs-within-six-months')?.def.linkParams).toEqual({ reviewType: 'dhr' });
    const withDetail = buildHeadlines({ ...data(some, some), details: [{ key: 'dhrs-completed', label: '', unit: 'count', current: v('dhrs-completed', { value: 3 }) }] } as Headlines, {
      against: '2019/20',
      label: '2020/21',
    });
    expect(withDetail.find((h) => h.def.key === 'dhrs-started')?.hint).toBe('3 completed in the period');
  });
});

describe('what the overview asks for', () => {
  it('asks a community safety partnership for its own tiles and the details they quote, not notifications or SARs', () => {
    const { tileKeys, detailKeys } = keysFor(kindScope('COMMUNITY_SAFETY'));
    expect(tileKeys).toEqual(['dhrs-started', 'dhrs-within-six-months', 'reviews-in-progress', 'reviews-completed', 'reviews-published', 'actions-open', 'actions-overdue', 'actions-completed-on-time', 'training-reach', 'training-practice-change', 'audit-good-or-better']);
    expect(detailKeys).toEqual(['dhrs-completed', 'reviews-started', 'actions-overdue-any-year', 'training-sessions', 'training-confidence-change']);
  });

  it("asks an adults board for no notification figures, a children's partnership for no SAR or DHR figures", () => {
    const adults = keysFor(kindScope('ADULTS'));
    expect([...adults.tileKeys, ...adults.detailKeys].filter((k) => k.startsWith('notifications') || k.startsWith('rapid'))).toEqual([]);
    const children = keysFor(kindScope('CHILDREN'));
    expect([...children.tileKeys, ...children.detailKeys].filter((k) => k.startsWith('sars') || k.startsWith('dhrs'))).toEqual([]);
  });

  it('asks a joint partnership for every tile and detail, and every detail quoted is one the API test checks', () => {
    const joint = keysFor(kindScope('JOINT'));
    expect(joint.tileKeys).toEqual([...OVERVIEW_TILE_KEYS]);
    expect([...joint.detailKeys].sort()).toEqual([...OVERVIEW_DETAIL_KEYS].sort());
  });
});

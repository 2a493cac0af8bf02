import { describe, expect, it } from '@jest/globals';
import { sparklinePoints } from './sparkline-points';

describe('sparklinePoints', () => {
  it('places the highest value at the top and the lowest at the bottom, across the width', () => {
    expect(sparklinePoints([2, 4, 3])).toEqual([
      { x: 0, y: 100, last: false },
      { x: 50, y: 0, last: false },
      { x: 100, y: 50, last: true },
    ]);
  });

  it('joins over gaps and marks no last point when the final year has no value', () => {
    const points = sparklinePoints([1, null, 3, null]);
    expect(points).toEqual([
      { x: 0, y: 100, last: false },
      { x: (2 / 3) * 100, y: 0, last: false },
    ]);
  });

  it('draws a flat series at mid-height', () => {
    expect(sparklinePoints([5, 5]).map((p) => p.y)).toEqual([50, 50]);
  });
});

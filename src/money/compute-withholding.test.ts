import { describe, expect, it } from 'vitest';
import { computeWithholding } from './compute-withholding';

describe('computeWithholding', () => {
  // Each row worked out by hand: 10.21% up to ¥1,000,000, 20.42% above, fractions of a yen dropped.
  it.each([
    [0, 0],
    [-500, 0],
    [9, 0], // 0.9189
    [10, 1], // 1.021
    [97, 9], // 9.9037
    [98, 10], // 10.0058
    [10_000, 1_021],
    [12_345, 1_260], // 1,260.4245
    [999_999, 102_099], // 102,099.8979
    [1_000_000, 102_100],
    [1_000_001, 102_100], // 102,100 + 0.2042
    [1_000_005, 102_101], // 102,100 + 1.021
    [1_500_000, 204_200], // 102,100 + 102,100
    [10_000_000, 1_939_900], // 102,100 + 1,837,800
  ])('withholds from ¥%i: ¥%i', (base, expected) => {
    expect(computeWithholding(base)).toBe(expected);
  });

  it('is exact for amounts where floating point would go wrong', () => {
    // 300 × 0.1021 = 30.630000000000003 in doubles; the integer computation gives 30.
    expect(computeWithholding(300)).toBe(30);
    expect(computeWithholding(100)).toBe(10);
  });
});

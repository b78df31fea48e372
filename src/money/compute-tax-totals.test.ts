import { describe, expect, it } from 'vitest';
import { computeTaxTotals } from './compute-tax-totals';

describe('computeTaxTotals', () => {
  it('is all zero for an empty quote', () => {
    expect(computeTaxTotals([])).toEqual({ byRate: [], subtotal: 0, tax: 0, total: 0 });
  });

  it('rounds the tax down once per rate, not per line', () => {
    // Rounding each line would give ¥10 three times (¥30); once for the rate it is floor(¥31.5) = ¥31.
    const totals = computeTaxTotals([
      { quantity: 1, unitPriceYen: 105, taxRate: 10 },
      { quantity: 1, unitPriceYen: 105, taxRate: 10 },
      { quantity: 1, unitPriceYen: 105, taxRate: 10 },
    ]);
    expect(totals).toEqual({ byRate: [{ rate: 10, subtotal: 315, tax: 31 }], subtotal: 315, tax: 31, total: 346 });
  });

  it('keeps the reduced 8% rate apart from the standard 10%, standard first', () => {
    const totals = computeTaxTotals([
      { quantity: 3, unitPriceYen: 129, taxRate: 8 },
      { quantity: 2000, unitPriceYen: 12, taxRate: 10 },
      { quantity: 1, unitPriceYen: 99, taxRate: 10 },
    ]);
    expect(totals.byRate).toEqual([
      { rate: 10, subtotal: 24099, tax: 2409 },
      { rate: 8, subtotal: 387, tax: 30 },
    ]);
    expect(totals).toMatchObject({ subtotal: 24486, tax: 2439, total: 26925 });
  });

  it('stays exact for large amounts', () => {
    const totals = computeTaxTotals([{ quantity: 10_000_000, unitPriceYen: 99_999_999, taxRate: 8 }]);
    expect(totals.byRate[0]).toEqual({ rate: 8, subtotal: 999_999_990_000_000, tax: 79_999_999_200_000 });
  });
});

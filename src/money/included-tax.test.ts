import { describe, expect, it } from 'vitest';
import { includedTax } from './included-tax';

describe('includedTax', () => {
  it.each([
    [0, 0],
    [200, 18],
    [1_000, 90],
    [1_100, 100],
    [30_000, 2_727],
  ])('¥%i includes ¥%i of 10%% tax', (amount, tax) => {
    expect(includedTax(amount, 10)).toBe(tax);
  });
});

import { taxRates } from '../features/orders/schema';

export type TaxLine = { quantity: number; unitPriceYen: number; taxRate: number };

export type TaxTotals = {
  /** One entry per tax rate used, standard rate first. */
  byRate: { rate: number; subtotal: number; tax: number }[];
  subtotal: number;
  tax: number;
  total: number;
};

/** floor(amount × rate / 100) without passing through numbers too large for exact arithmetic. */
export function taxOn(amount: number, rate: number): number {
  return Math.floor(amount / 100) * rate + Math.floor(((amount % 100) * rate) / 100);
}

/**
 * Totals as a qualified invoice (適格請求書) states them (インボイス制度): the amounts are summed
 * per tax rate and the consumption tax is computed once per rate, rounded down.
 */
export function computeTaxTotals(lines: readonly TaxLine[]): TaxTotals {
  const byRate = taxRates
    .map((rate) => {
      const atRate = lines.filter((line) => line.taxRate === rate);
      const subtotal = atRate.reduce((sum, line) => sum + line.quantity * line.unitPriceYen, 0);
      return { rate: rate as number, subtotal, tax: taxOn(subtotal, rate), used: atRate.length > 0 };
    })
    .filter((entry) => entry.used)
    .map(({ rate, subtotal, tax }) => ({ rate, subtotal, tax }));
  const subtotal = byRate.reduce((sum, entry) => sum + entry.subtotal, 0);
  const tax = byRate.reduce((sum, entry) => sum + entry.tax, 0);
  return { byRate, subtotal, tax, total: subtotal + tax };
}

/**
 * The consumption tax inside a tax-included amount (内消費税), rounded down: amount × rate ÷ (100 + rate).
 * Centre fees are priced tax included, so a receipt states the tax this way.
 */
export function includedTax(amount: number, rate: number): number {
  return Math.floor((amount * rate) / (100 + rate));
}

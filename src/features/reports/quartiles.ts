export type Spread = { total: number; lowerQuartile: number; median: number; upperQuartile: number };

/** Total, median and quartiles (linear between ranks, as PostgreSQL's percentile_cont); zeros for none. */
export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number) => {
    if (sorted.length === 0) return 0;
    const rank = fraction * (sorted.length - 1);
    const low = Math.floor(rank);
    const high = Math.ceil(rank);
    return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
  };
  return { total: sorted.reduce((sum, value) => sum + value, 0), lowerQuartile: at(0.25), median: at(0.5), upperQuartile: at(0.75) };
}

/** A range of values, from `from` (included) up to `to` (not included; null for no end), and how many fall in it. */
export type Band = { from: number; to: number | null; count: number };

/** How many values fall in each band: under starts[0] (from 0, or below after a deduction), [starts[0], starts[1]), …, [last start, ∞). */
export function bandsOf(values: readonly number[], starts: readonly number[]): Band[] {
  const edges = [0, ...starts];
  return edges.map((from, index) => {
    const to = edges[index + 1] ?? null;
    return { from, to, count: values.filter((value) => (index === 0 || value >= from) && (to === null || value < to)).length };
  });
}

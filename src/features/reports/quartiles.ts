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

/**
 * 研修単価: what OJT work pays per unit or hour, `percent` of the task's rate rounded down to
 * whole yen (integers only, so every page, notice and statement agrees). Null percent: not
 * training work, the task's own rate.
 */
export function trainingRateYen(rateYen: number, percent: number | null): number {
  return percent === null ? rateYen : Math.floor((rateYen * percent) / 100);
}

/** A row with the task's rate replaced by the rate actually paid (see trainingRateYen). */
export function withTrainingRate<Row extends { payRateYen: number; trainingRatePercent: number | null }>(row: Row): Row {
  return { ...row, payRateYen: trainingRateYen(row.payRateYen, row.trainingRatePercent) };
}

import type { PayKind } from '../features/breakdown/schema';

export type WorkPayBasis = { payKind: PayKind; payRateYen: number; units: number; minutes: number };

/**
 * Yen for one piece of work: piece pay per unit; hourly pay for the minutes logged, rounded down
 * to whole yen (never in the worker's disfavour by more than a yen, and no floating point).
 */
export function payForWork(work: WorkPayBasis): number {
  return work.payKind === 'piece' ? work.units * work.payRateYen : Math.floor((work.minutes * work.payRateYen) / 60);
}

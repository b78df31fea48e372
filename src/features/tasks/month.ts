import type { BusinessDate } from '../availability/calendar';

/** A month as 'YYYY-MM' (in Japan's calendar). */
export type Month = string;

/** `?month=2026-11`, or this month when missing or malformed. */
export function monthParam(text: string | undefined, today: BusinessDate): Month {
  return text && /^\d{4}-(0[1-9]|1[0-2])$/.test(text) ? text : today.slice(0, 7);
}

/** The month `delta` months before (negative) or after `month`. */
export function shiftMonth(month: Month, delta: number): Month {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (number - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

import { addDays, holidayOn, weekdayOf, type BusinessDate } from '../features/availability/calendar';
import type { Month } from '../features/tasks/month';
import { shiftMonth } from '../features/tasks/month';

/**
 * フリーランス法 §4: pay within 60 days of receiving the work, the day of receipt counted as day 1
 * (so day 60 is 59 days later). We count from 検収日, the day the work was accepted, which is never
 * earlier than its receipt.
 */
export const payWithinDays = 60;
/** §4(3): for disclosed re-commissioning (再委託), within 30 days of the client's payment date. */
export const payAfterClientDays = 30;

/**
 * Whether banks transfer money that day: not on weekends, national holidays, or 12/31–1/3
 * (銀行休業日, 銀行法施行令 §5).
 */
export function isBankDay(date: BusinessDate): boolean {
  const weekday = weekdayOf(date);
  if (weekday >= 5 || holidayOn(date)) return false;
  const monthDay = date.slice(5);
  return !(monthDay === '12-31' || monthDay <= '01-03');
}

/** The date itself when banks work that day, else the last bank day before it. */
export function bankDayOnOrBefore(date: BusinessDate): BusinessDate {
  let day = date;
  while (!isBankDay(day)) day = addDays(day, -1);
  return day;
}

/** The date itself when banks work that day, else the next bank day. */
export function bankDayOnOrAfter(date: BusinessDate): BusinessDate {
  let day = date;
  while (!isBankDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * The last day the law allows for paying for work accepted on `inspectedOn`. Where the order's
 * re-commissioning was disclosed and the client's payment date (元委託支払期日) is known, 30 days
 * from that date; otherwise 60 days from acceptance.
 */
export function legalPayDueOn(inspectedOn: BusinessDate, clientPaymentDueOn?: BusinessDate | null): BusinessDate {
  if (clientPaymentDueOn) return addDays(clientPaymentDueOn, payAfterClientDays - 1);
  return addDays(inspectedOn, payWithinDays - 1);
}

/** The last calendar day of a month (YYYY-MM). */
export function lastDayOf(month: Month): BusinessDate {
  return addDays(`${shiftMonth(month, 1)}-01`, -1);
}

/**
 * The transfer date for work closed in `month`: the operator's pay day (1–31, clamped to the
 * month's length) of the following month, moved back to a bank day; never later than the last bank
 * day on or before `legalDueOn`. Never waits for the client's payment.
 */
export function scheduledPayDay(month: Month, payDay: number, legalDueOn: BusinessDate): BusinessDate {
  const next = shiftMonth(month, 1);
  const last = lastDayOf(next);
  const day = Math.min(payDay, Number(last.slice(8)));
  const scheduled = `${next}-${String(day).padStart(2, '0')}`;
  return bankDayOnOrBefore(scheduled < legalDueOn ? scheduled : legalDueOn);
}

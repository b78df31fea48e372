import { sql, type SQL } from 'drizzle-orm';
import { datesBetween, holidayOn, weekdayOf, type BusinessDate } from '../availability/calendar';
import { slotMinutes } from '../availability/expand';

/** A moment in Japan as a business date and a minute of that day (0–1439). */
export type LocalMoment = { date: BusinessDate; minute: number };

/** The part of one day that falls within a range: minutes [start, end) of `date`. */
export type DayWindow = { date: BusinessDate; weekday: number; holiday: boolean; start: number; end: number };

/** The longest range the directory searches, so the query stays small. */
export const maxWindowDays = 31;

/** The range from..to (to excluded) cut into one window per day it touches. */
export function dayWindows(from: LocalMoment, to: LocalMoment): DayWindow[] {
  return datesBetween(from.date, to.date)
    .map((date) => ({
      date,
      weekday: weekdayOf(date),
      holiday: holidayOn(date) !== undefined,
      start: date === from.date ? from.minute : 0,
      end: date === to.date ? to.minute : 24 * 60,
    }))
    .filter((window) => window.end > window.start);
}

/**
 * Whether the worker `userId` (a column) has at least one 30-minute slot overlapping the windows,
 * by the rules of `expandAvailabilityByDay`: a date with an `availability_dates` row has exactly
 * its date slots (none: a day off); otherwise a national holiday is off unless the profile's
 * `works_on_holidays`; otherwise the weekly pattern applies.
 */
export function availableWithin(userId: SQL | unknown, worksOnHolidays: SQL | unknown, windows: readonly DayWindow[]): SQL {
  if (windows.length === 0) return sql`false`;
  const rows = sql.join(
    windows.map((window) => sql`(${window.date}::date, ${window.weekday}::int, ${window.holiday}::boolean, ${window.start}::int, ${window.end}::int)`),
    sql`, `,
  );
  return sql`exists (
    select 1 from (values ${rows}) as w(day, weekday, holiday, start_minute, end_minute)
    where case
      when exists (select 1 from availability_dates d where d.user_id = ${userId} and d.date = w.day)
        then exists (
          select 1 from availability_date_slots ds
          where ds.user_id = ${userId} and ds.date = w.day
            and ds.start_minute < w.end_minute and ds.start_minute + ${slotMinutes} > w.start_minute)
      else (not w.holiday or ${worksOnHolidays}) and exists (
          select 1 from availability_slots s
          where s.user_id = ${userId} and s.weekday = w.weekday
            and s.start_minute < w.end_minute and s.start_minute + ${slotMinutes} > w.start_minute)
    end)`;
}

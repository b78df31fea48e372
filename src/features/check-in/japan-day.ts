import { addDays, type BusinessDate } from '../availability/calendar';

/** The moments a day in Japan starts and ends (Japan keeps no daylight saving time, so always +09:00). */
export function japanDayBounds(date: BusinessDate): { from: Date; to: Date } {
  return { from: new Date(`${date}T00:00:00+09:00`), to: new Date(`${addDays(date, 1)}T00:00:00+09:00`) };
}

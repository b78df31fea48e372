import type { BusinessDate } from '../availability/calendar';

/**
 * The centre works in Japan time, which has no daylight saving: a date and a minute of that day
 * map to one instant by a fixed +09:00 offset.
 */
export function instantAt(date: BusinessDate, minute: number): Date {
  return new Date(new Date(`${date}T00:00:00+09:00`).getTime() + minute * 60_000);
}

/** The Japan date and minute of the day of an instant. */
export function japanDateMinute(instant: Date): { date: BusinessDate; minute: number } {
  const shifted = new Date(instant.getTime() + 9 * 3600_000);
  return { date: shifted.toISOString().slice(0, 10), minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() };
}

/** A PostgreSQL `time` ('09:00:00' or '09:00') as minutes after midnight. */
export function minuteOfClock(clock: string): number {
  const [hours = '0', minutes = '0'] = clock.split(':');
  return Number(hours) * 60 + Number(minutes);
}

import { clockTime } from '../availability/calendar';
import { japanDateMinute } from '../bookings/booking-time';

/** A session's time as plain text for a notification (2026-12-03 10:00–12:00), read the same in either language. */
export function sessionWhen(session: { startsAt: Date; endsAt: Date }): string {
  const start = japanDateMinute(session.startsAt);
  return `${start.date} ${clockTime(start.minute)}–${clockTime(japanDateMinute(session.endsAt).minute)}`;
}

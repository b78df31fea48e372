import { and, eq, gt, isNotNull, isNull, lte, or, type SQL } from 'drizzle-orm';
import { bookings } from '../bookings/schema';

/**
 * Bookings holding their seats at `now`: checked in and not yet out, or booked for this moment and
 * not yet out (a seat stays held for someone who has not arrived yet). Used by the board and walk-in alike.
 */
export function occupyingAt(now: Date): SQL {
  return and(
    eq(bookings.status, 'booked'),
    isNull(bookings.checkedOutAt),
    or(isNotNull(bookings.checkedInAt), and(lte(bookings.startsAt, now), gt(bookings.endsAt, now))),
  )!;
}

import { and, eq, gt, inArray, lt, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { bookings } from './schema';
import type { HeldTime } from './space-occupancy';

export type HeldBooking = HeldTime & { id: string; spaceId: string; userId: string };

/** The live bookings of these spaces holding any time between `from` and `to` (buffer included), grouped by space. */
export async function loadHeldTimes(db: Db, spaceIds: readonly string[], from: Date, to: Date, excludeBookingId?: string): Promise<Map<string, HeldBooking[]>> {
  const held = new Map<string, HeldBooking[]>(spaceIds.map((id) => [id, []]));
  if (spaceIds.length === 0) return held;
  const rows = await db
    .select({ id: bookings.id, spaceId: bookings.spaceId, userId: bookings.userId, startsAt: bookings.startsAt, endsAt: bookings.endsAt, blockedUntil: bookings.blockedUntil, seats: bookings.seats })
    .from(bookings)
    .where(
      and(
        inArray(bookings.spaceId, [...spaceIds]),
        eq(bookings.status, 'booked'),
        lt(bookings.startsAt, to),
        gt(bookings.blockedUntil, from),
        excludeBookingId ? ne(bookings.id, excludeBookingId) : undefined,
      ),
    )
    .orderBy(bookings.startsAt);
  for (const row of rows) held.get(row.spaceId)?.push(row);
  return held;
}

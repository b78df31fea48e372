import { and, eq, gt } from 'drizzle-orm';
import type { Actor } from '../../auth/policy';
import type { Db } from '../../db/client';
import { isExclusionViolation } from '../../db/unique-violation';
import type { BookingRequest } from './check-booking-rules';
import { cancelUncoveredKids } from './cancel-uncovered-kids';
import { loadBooking } from './load-booking';
import { holdSpaceTime, prepareBooking, refuseAsHeld, type BookingRefusal } from './place-booking';
import { bookings } from './schema';

/** `kidsCancelled`: the person's kids-space bookings cancelled because the change left them outside a booking of theirs. */
export type ChangeResult = { ok: true; kidsCancelled: number } | BookingRefusal | { ok: false; reason: 'notChangeable' };

/** The new space, time, seats and note; the booking stays the same person's. */
export type BookingChange = Omit<BookingRequest, 'userId'>;

/**
 * Moves a live, not yet ended booking to another time or space under the same rules as a new
 * one, counting every booking but itself; all at once or not at all. Owner or centre.manage.
 */
export async function changeBooking(db: Db, actor: Actor, bookingId: string, change: BookingChange, now = new Date()): Promise<ChangeResult> {
  const booking = await loadBooking(db, actor, bookingId);
  if (!booking) return { ok: false, reason: 'notFound' };
  if (booking.status !== 'booked' || booking.endsAt <= now) return { ok: false, reason: 'notChangeable' };
  const request: BookingRequest = { ...change, userId: booking.userId };
  // Staff may move anyone's booking: the rules are checked as if the owner asked.
  const prepared = await prepareBooking(db, { ...actor, id: booking.userId }, request, now);
  if ('ok' in prepared) return prepared;
  const { rules, times } = prepared;
  try {
    const outcome = await db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const held = await holdSpaceTime(db, prepared, request, now, bookingId);
      if (held) return held;
      const [changed] = await db
        .update(bookings)
        .set({
          spaceId: rules.space.id,
          siteId: rules.space.siteId,
          startsAt: times.startsAt,
          endsAt: times.endsAt,
          blockedUntil: times.blockedUntil,
          exclusive: rules.exclusive,
          seats: request.seats,
          childAges: request.childAges ?? null,
          note: request.note?.trim() || null,
        })
        .where(and(eq(bookings.id, bookingId), eq(bookings.status, 'booked'), gt(bookings.endsAt, now)))
        .returning({ id: bookings.id });
      if (!changed) return 'notChangeable';
      return { kidsCancelled: await cancelUncoveredKids(db, { userId: booking.userId, siteId: booking.siteId, now, cancelledBy: actor.id }) };
    });
    if (outcome === 'notChangeable') return { ok: false, reason: 'notChangeable' };
    if (typeof outcome === 'string' || 'reason' in outcome) return refuseAsHeld(db, outcome, prepared, request, now, bookingId);
    return { ok: true, kidsCancelled: outcome.kidsCancelled };
  } catch (error) {
    if (isExclusionViolation(error)) return refuseAsHeld(db, 'taken', prepared, request, now, bookingId);
    throw error;
  }
}

import type { Actor } from '../../auth/policy';
import type { Db } from '../../db/client';
import { isExclusionViolation } from '../../db/unique-violation';
import type { BookingRequest } from './check-booking-rules';
import { holdSpaceTime, prepareBooking, refuseAsHeld, type BookingRefusal } from './place-booking';
import { bookings } from './schema';

export type BookingResult = { ok: true; bookingId: string } | BookingRefusal;

/**
 * Books a space for a person (themself, or anyone when the actor has centre.manage), checking
 * every rule of its kind at its site. However many ask at once for the last seat or the same booth
 * time, the database lets exactly one through: the space row lock for shared spaces, the EXCLUDE
 * constraint for exclusive ones. A refusal for a held time says what is free instead.
 */
export async function bookSpace(db: Db, actor: Actor, request: BookingRequest, now = new Date(), options: { seriesId?: string } = {}): Promise<BookingResult> {
  const prepared = await prepareBooking(db, actor, request, now);
  if ('ok' in prepared) return prepared;
  const { rules, times } = prepared;
  try {
    const outcome = await db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const held = await holdSpaceTime(db, prepared, request, now);
      if (held) return held;
      const [booking] = await db
        .insert(bookings)
        .values({
          spaceId: rules.space.id,
          siteId: rules.space.siteId,
          userId: request.userId,
          bookedBy: actor.id,
          seriesId: options.seriesId,
          startsAt: times.startsAt,
          endsAt: times.endsAt,
          blockedUntil: times.blockedUntil,
          exclusive: rules.exclusive,
          seats: request.seats,
          childAges: request.childAges,
          note: request.note?.trim() || null,
        })
        .returning({ id: bookings.id });
      return { bookingId: booking!.id };
    });
    if (typeof outcome === 'string' || 'reason' in outcome) return refuseAsHeld(db, outcome, prepared, request, now);
    return { ok: true, bookingId: outcome.bookingId };
  } catch (error) {
    if (isExclusionViolation(error)) return refuseAsHeld(db, 'taken', prepared, request, now);
    throw error;
  }
}

import { and, eq, gte, lte, ne } from 'drizzle-orm';
import { spaces } from '../centre/schema';
import type { HeldRuleCheck } from './place-booking';
import { bookings } from './schema';

/**
 * The kids space is for children whose parent works at the centre at the same time: a booking of
 * it needs one of the parent's own bookings (or walk-in check-ins) at the same site, in another
 * space, covering the whole time. Checked with the parent's row locked, as their other bookings are.
 */
export const checkKidsParent: HeldRuleCheck = async (db, prepared, request, excludeBookingId) => {
  const { rules, times } = prepared;
  if (rules.space.kind !== 'kids') return null;
  const [own] = await db
    .select({ id: bookings.id })
    .from(bookings)
    .innerJoin(spaces, eq(spaces.id, bookings.spaceId))
    .where(
      and(
        eq(bookings.userId, request.userId),
        eq(bookings.siteId, rules.space.siteId),
        ne(spaces.kind, 'kids'),
        eq(bookings.status, 'booked'),
        lte(bookings.startsAt, times.startsAt),
        gte(bookings.endsAt, times.endsAt),
        excludeBookingId ? ne(bookings.id, excludeBookingId) : undefined,
      ),
    )
    .limit(1);
  return own ? null : { ok: false, reason: 'needsParentBooking' };
};

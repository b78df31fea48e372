import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { bookings } from '../bookings/schema';
import { spaces } from './schema';

export type UpcomingBooking = { id: string; startsAt: Date; endsAt: Date; userName: string };

export type RetireSpaceResult = { ok: true } | { ok: false; reason: 'notFound' } | { ok: false; reason: 'upcomingBookings'; bookings: UpcomingBooking[] };

/**
 * Takes a space out of use: it is no longer offered for booking, and it and its past bookings stay
 * for history (spaces are never deleted). Refused while live bookings still lie ahead, listing
 * them, so that nobody's booking silently loses its space; staff move or cancel those first.
 * The space's row is locked, so a booking made under the same lock sees the space retired.
 */
export async function retireSpace(db: Db, siteId: string, spaceId: string, now: Date = new Date()): Promise<RetireSpaceResult> {
  return db.transaction(async (tx) => {
    const [space] = await tx
      .select({ id: spaces.id })
      .from(spaces)
      .where(and(eq(spaces.id, spaceId), eq(spaces.siteId, siteId), isNull(spaces.retiredAt)))
      .for('update');
    if (!space) return { ok: false, reason: 'notFound' };
    const upcoming = await tx
      .select({ id: bookings.id, startsAt: bookings.startsAt, endsAt: bookings.endsAt, userName: users.displayName })
      .from(bookings)
      .innerJoin(users, eq(users.id, bookings.userId))
      .where(and(eq(bookings.spaceId, spaceId), eq(bookings.status, 'booked'), gt(bookings.endsAt, now)))
      .orderBy(asc(bookings.startsAt));
    if (upcoming.length > 0) return { ok: false, reason: 'upcomingBookings', bookings: upcoming };
    await tx.update(spaces).set({ retiredAt: now }).where(eq(spaces.id, spaceId));
    return { ok: true };
  });
}

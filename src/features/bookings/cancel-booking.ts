import { and, eq, gt, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/policy';
import type { Db } from '../../db/client';
import { cancelUncoveredKids } from './cancel-uncovered-kids';
import { loadBooking } from './load-booking';
import { bookings } from './schema';

/** `kidsCancelled`: the person's kids-space bookings cancelled with it, no longer within a booking of theirs. */
export type CancelResult = { ok: true; kidsCancelled: number } | { ok: false; reason: 'notFound' | 'notCancellable' };

/**
 * Cancels a live booking that has not ended (owner or centre.manage); twice at once cancels it once.
 * The person's row is locked as when booking, so a kids-space booking cannot slip in under a
 * parent booking being cancelled.
 */
export async function cancelBooking(db: Db, actor: Actor, bookingId: string, now = new Date()): Promise<CancelResult> {
  const booking = await loadBooking(db, actor, bookingId);
  if (!booking) return { ok: false, reason: 'notFound' };
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await db.execute(sql`select id from users where id = ${booking.userId} for update`);
    const [cancelled] = await db
      .update(bookings)
      .set({ status: 'cancelled', cancelledAt: now, cancelledBy: actor.id })
      .where(and(eq(bookings.id, bookingId), eq(bookings.status, 'booked'), gt(bookings.endsAt, now)))
      .returning({ id: bookings.id });
    if (!cancelled) return { ok: false, reason: 'notCancellable' } as const;
    return { ok: true, kidsCancelled: await cancelUncoveredKids(db, { userId: booking.userId, siteId: booking.siteId, now, cancelledBy: actor.id }) } as const;
  });
}

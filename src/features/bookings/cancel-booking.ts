import { and, eq, gt } from 'drizzle-orm';
import type { Actor } from '../../auth/policy';
import type { Db } from '../../db/client';
import { loadBooking } from './load-booking';
import { bookings } from './schema';

export type CancelResult = { ok: true } | { ok: false; reason: 'notFound' | 'notCancellable' };

/** Cancels a live booking that has not ended (owner or centre.manage); twice at once cancels it once. */
export async function cancelBooking(db: Db, actor: Actor, bookingId: string, now = new Date()): Promise<CancelResult> {
  const booking = await loadBooking(db, actor, bookingId);
  if (!booking) return { ok: false, reason: 'notFound' };
  const [cancelled] = await db
    .update(bookings)
    .set({ status: 'cancelled', cancelledAt: now, cancelledBy: actor.id })
    .where(and(eq(bookings.id, bookingId), eq(bookings.status, 'booked'), gt(bookings.endsAt, now)))
    .returning({ id: bookings.id });
  return cancelled ? { ok: true } : { ok: false, reason: 'notCancellable' };
}

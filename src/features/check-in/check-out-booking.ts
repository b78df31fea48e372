import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { bookings } from '../bookings/schema';
import { chargeStay } from '../centre-fees/charge-stay';

export type CheckOutResult = 'checkedOut' | 'alreadyOut' | 'notIn' | 'notFound';

/**
 * Checks a booking out, any time after check-in. One conditional update: pressing twice, or
 * reception and the person at once, checks out once. A guest's stay is charged to their bill in
 * the same transaction, so a check-out is never left without its charge.
 */
export async function checkOutBooking(db: Db, input: { bookingId: string; ownerId: string | null; now: Date }): Promise<CheckOutResult> {
  const owned = input.ownerId ? eq(bookings.userId, input.ownerId) : undefined;
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(bookings)
      .set({ checkedOutAt: input.now })
      .where(and(eq(bookings.id, input.bookingId), owned, isNotNull(bookings.checkedInAt), isNull(bookings.checkedOutAt)))
      .returning({ id: bookings.id });
    if (updated) {
      await chargeStay(tx as unknown as Db, input.bookingId);
      return 'checkedOut';
    }
    const [booking] = await tx.select().from(bookings).where(and(eq(bookings.id, input.bookingId), owned));
    if (!booking) return 'notFound';
    return booking.checkedOutAt ? 'alreadyOut' : 'notIn';
  });
}

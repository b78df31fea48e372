import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { bookings } from '../bookings/schema';
import { awaitsIdentityCheck } from '../guests/record-identity-check';
import { earlyCheckInMinutes } from './check-in-window';

export type CheckInResult = 'checkedIn' | 'alreadyIn' | 'tooEarly' | 'ended' | 'cancelled' | 'notFound' | 'identityNeeded';

/**
 * Checks a booking in, from 15 minutes before its start until its end. One conditional update, so
 * two scans at once (reception and the person's phone) check in once; the second learns why not.
 * `ownerId` limits it to that person's booking (self-service); reception passes null. A guest
 * whose identity staff have not checked yet cannot check in by themselves, only at reception.
 */
export async function checkInBooking(db: Db, input: { bookingId: string; ownerId: string | null; now: Date }): Promise<CheckInResult> {
  if (input.ownerId && (await awaitsIdentityCheck(db, input.ownerId))) return 'identityNeeded';
  const owned = input.ownerId ? eq(bookings.userId, input.ownerId) : undefined;
  const [updated] = await db
    .update(bookings)
    .set({ checkedInAt: input.now })
    .where(
      and(
        eq(bookings.id, input.bookingId),
        owned,
        eq(bookings.status, 'booked'),
        isNull(bookings.checkedInAt),
        // Open from 15 minutes before the start: the start is at most that far ahead of now.
        lte(bookings.startsAt, new Date(input.now.getTime() + earlyCheckInMinutes * 60_000)),
        gt(bookings.endsAt, input.now),
      ),
    )
    .returning({ id: bookings.id });
  if (updated) return 'checkedIn';
  const [booking] = await db.select().from(bookings).where(and(eq(bookings.id, input.bookingId), owned));
  if (!booking) return 'notFound';
  if (booking.status === 'cancelled') return 'cancelled';
  if (booking.checkedInAt) return 'alreadyIn';
  if (booking.endsAt <= input.now) return 'ended';
  return 'tooEarly';
}

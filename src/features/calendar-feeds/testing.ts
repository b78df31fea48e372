import { bookings } from '../bookings/schema';
import type { TestContext } from '../../testing/test-app';

/** For tests: a booking row as booking would leave it (booked unless told; cancelled ones get a cancellation time). */
export async function insertBooking(
  test: TestContext,
  booking: { spaceId: string; siteId: string; userId: string; startsAt: Date; endsAt: Date } & Partial<typeof bookings.$inferInsert>,
): Promise<string> {
  const cancelled = booking.status === 'cancelled';
  const [row] = await test.db
    .insert(bookings)
    .values({
      blockedUntil: booking.endsAt,
      exclusive: true,
      cancelledAt: cancelled ? new Date() : null,
      ...booking,
    })
    .returning({ id: bookings.id });
  return row!.id;
}

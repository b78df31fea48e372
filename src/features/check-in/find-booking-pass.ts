import { eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { bookings } from '../bookings/schema';
import { sites, spaces } from '../centre/schema';

export type BookingPass = {
  id: string;
  userId: string;
  userName: string;
  siteId: string;
  siteName: string;
  siteAddress: string;
  spaceName: string;
  spaceKind: (typeof spaces.$inferSelect)['kind'];
  startsAt: Date;
  endsAt: Date;
  seats: number;
  status: (typeof bookings.$inferSelect)['status'];
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
};

/** One booking with what its pass and check-in pages show: who, where, when, and whether they are in. */
export async function findBookingPass(db: Db, bookingId: string): Promise<BookingPass | undefined> {
  const [row] = await db
    .select({
      id: bookings.id,
      userId: bookings.userId,
      userName: users.displayName,
      siteId: bookings.siteId,
      siteName: sites.name,
      siteAddress: sites.address,
      spaceName: spaces.name,
      spaceKind: spaces.kind,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      seats: bookings.seats,
      status: bookings.status,
      checkedInAt: bookings.checkedInAt,
      checkedOutAt: bookings.checkedOutAt,
    })
    .from(bookings)
    .innerJoin(users, eq(users.id, bookings.userId))
    .innerJoin(sites, eq(sites.id, bookings.siteId))
    .innerJoin(spaces, eq(spaces.id, bookings.spaceId))
    .where(eq(bookings.id, bookingId));
  return row;
}

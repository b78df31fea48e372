import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { bookings } from '../bookings/schema';
import { spaces } from '../centre/schema';

export type PresentPerson = { bookingId: string; userName: string; spaceName: string; since: Date; until: Date; seats: number };

/** Who is checked in at a site and not yet out, earliest arrival first (for staff, e.g. in an evacuation). */
export async function listPresent(db: Db, siteId: string): Promise<PresentPerson[]> {
  const rows = await db
    .select({
      bookingId: bookings.id,
      userName: users.displayName,
      spaceName: spaces.name,
      since: bookings.checkedInAt,
      until: bookings.endsAt,
      seats: bookings.seats,
    })
    .from(bookings)
    .innerJoin(users, eq(users.id, bookings.userId))
    .innerJoin(spaces, eq(spaces.id, bookings.spaceId))
    .where(and(eq(bookings.siteId, siteId), eq(bookings.status, 'booked'), isNotNull(bookings.checkedInAt), isNull(bookings.checkedOutAt)))
    .orderBy(asc(bookings.checkedInAt), asc(users.displayName));
  return rows.map((row) => ({ ...row, since: row.since! }));
}

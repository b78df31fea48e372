import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import type { BusinessDate } from '../availability/calendar';
import { bookings } from '../bookings/schema';
import { spaces } from '../centre/schema';
import { guestProfiles } from '../guests/schema';
import { japanDayBounds } from './japan-day';

export type DayBooking = {
  id: string;
  userId: string;
  /** A guest whose identity staff have not checked yet: reception checks it first. */
  identityPending: boolean;
  userName: string;
  spaceName: string;
  startsAt: Date;
  endsAt: Date;
  seats: number;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
};

/** A site's live bookings that touch a day in Japan, by start time: reception's list. */
export async function listDayBookings(db: Db, siteId: string, date: BusinessDate): Promise<DayBooking[]> {
  const { from, to } = japanDayBounds(date);
  return db
    .select({
      id: bookings.id,
      userId: bookings.userId,
      identityPending: sql<boolean>`${guestProfiles.userId} is not null and ${guestProfiles.identityCheckedAt} is null`,
      userName: users.displayName,
      spaceName: spaces.name,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      seats: bookings.seats,
      checkedInAt: bookings.checkedInAt,
      checkedOutAt: bookings.checkedOutAt,
    })
    .from(bookings)
    .innerJoin(users, eq(users.id, bookings.userId))
    .innerJoin(spaces, eq(spaces.id, bookings.spaceId))
    .leftJoin(guestProfiles, eq(guestProfiles.userId, bookings.userId))
    .where(and(eq(bookings.siteId, siteId), eq(bookings.status, 'booked'), lt(bookings.startsAt, to), gt(bookings.endsAt, from)))
    .orderBy(asc(bookings.startsAt), asc(spaces.sortOrder), asc(users.displayName));
}

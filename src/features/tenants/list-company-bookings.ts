import { and, asc, eq, gt } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { japanDateMinute } from '../bookings/booking-time';
import { bookings } from '../bookings/schema';
import { spaces } from '../centre/schema';
import { tenantStaff } from './schema';

export type CompanyBooking = { id: string; spaceName: string; startsAt: Date; endsAt: Date; userName: string };

/** How far back the tenant's page shows its staff's bookings. */
const recentDays = 30;

/**
 * The live bookings of a company's staff that ended in the last 30 days or lie ahead, in time
 * order: only those on days the person was the company's staff, so someone who left keeps their
 * later bookings to themself.
 */
export async function listCompanyBookings(db: Db, companyId: string, now: Date): Promise<CompanyBooking[]> {
  const rows = await db
    .select({
      id: bookings.id,
      spaceName: spaces.name,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      userName: users.displayName,
      joinedOn: tenantStaff.joinedOn,
      leftOn: tenantStaff.leftOn,
    })
    .from(bookings)
    .innerJoin(tenantStaff, and(eq(tenantStaff.userId, bookings.userId), eq(tenantStaff.companyId, companyId)))
    .innerJoin(users, eq(users.id, bookings.userId))
    .innerJoin(spaces, eq(spaces.id, bookings.spaceId))
    .where(and(eq(bookings.status, 'booked'), gt(bookings.endsAt, new Date(now.getTime() - recentDays * 24 * 60 * 60 * 1000))))
    .orderBy(asc(bookings.startsAt));
  return rows
    .filter((row) => {
      const day = japanDateMinute(row.startsAt).date;
      return day >= row.joinedOn && (row.leftOn === null || day <= row.leftOn);
    })
    .map(({ id, spaceName, startsAt, endsAt, userName }) => ({ id, spaceName, startsAt, endsAt, userName }));
}

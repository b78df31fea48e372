import { and, asc, desc, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sites, spaces } from '../centre/schema';
import { bookings } from './schema';

export type MyBooking = { id: string; spaceId: string; spaceName: string; siteName: string; startsAt: Date; endsAt: Date; seats: number; status: 'booked' | 'cancelled'; note: string | null };

/** A person's bookings: those not yet ended (soonest first) and the last `pastLimit` ended or cancelled ones. */
export async function listMyBookings(db: Db, userId: string, now: Date, pastLimit = 20): Promise<{ upcoming: MyBooking[]; past: MyBooking[] }> {
  const columns = {
    id: bookings.id,
    spaceId: bookings.spaceId,
    spaceName: spaces.name,
    siteName: sites.name,
    startsAt: bookings.startsAt,
    endsAt: bookings.endsAt,
    seats: bookings.seats,
    status: bookings.status,
    note: bookings.note,
  };
  const base = () => db.select(columns).from(bookings).innerJoin(spaces, eq(spaces.id, bookings.spaceId)).innerJoin(sites, eq(sites.id, bookings.siteId));
  const upcoming = await base()
    .where(and(eq(bookings.userId, userId), eq(bookings.status, 'booked'), gt(bookings.endsAt, now)))
    .orderBy(asc(bookings.startsAt));
  const ended = await base()
    .where(and(eq(bookings.userId, userId), lte(bookings.endsAt, now)))
    .orderBy(desc(bookings.startsAt))
    .limit(pastLimit);
  const cancelledUpcoming = await base()
    .where(and(eq(bookings.userId, userId), eq(bookings.status, 'cancelled'), gt(bookings.endsAt, now)))
    .orderBy(asc(bookings.startsAt));
  return { upcoming, past: [...cancelledUpcoming, ...ended] };
}

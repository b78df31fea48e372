import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/policy';
import { can } from '../../auth/policy';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { sites, spaces } from '../centre/schema';
import { bookings } from './schema';

export type BookingView = typeof bookings.$inferSelect & { spaceName: string; spaceKind: (typeof spaces.$inferSelect)['kind']; siteName: string; personName: string };

/** A booking its owner or centre staff may see; undefined for anyone else, as for no booking at all. */
export async function loadBooking(db: Db, actor: Actor, bookingId: string): Promise<BookingView | undefined> {
  const [row] = await db
    .select({ booking: bookings, spaceName: spaces.name, spaceKind: spaces.kind, siteName: sites.name, personName: users.displayName })
    .from(bookings)
    .innerJoin(spaces, eq(spaces.id, bookings.spaceId))
    .innerJoin(sites, eq(sites.id, bookings.siteId))
    .innerJoin(users, eq(users.id, bookings.userId))
    .where(eq(bookings.id, bookingId));
  if (!row || (row.booking.userId !== actor.id && !can(actor, 'centre.manage'))) return undefined;
  return { ...row.booking, spaceName: row.spaceName, spaceKind: row.spaceKind, siteName: row.siteName, personName: row.personName };
}

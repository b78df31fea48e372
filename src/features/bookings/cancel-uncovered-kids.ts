import { and, eq, gt, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { spaces } from '../centre/schema';
import { bookings } from './schema';

/**
 * After a parent's booking is cancelled or moved: cancels their live kids-space bookings at the
 * site that no longer lie within one of their own bookings (the kids space is only for children
 * of a parent at the centre). Returns how many were cancelled. Runs in the caller's transaction.
 */
export async function cancelUncoveredKids(db: Db, input: { userId: string; siteId: string; now: Date; cancelledBy: string }): Promise<number> {
  const own = alias(bookings, 'own');
  const ownSpace = alias(spaces, 'own_space');
  const covered = db
    .select({ one: sql`1` })
    .from(own)
    .innerJoin(ownSpace, eq(ownSpace.id, own.spaceId))
    .where(
      and(
        eq(own.userId, bookings.userId),
        eq(own.siteId, bookings.siteId),
        ne(ownSpace.kind, 'kids'),
        eq(own.status, 'booked'),
        lte(own.startsAt, bookings.startsAt),
        gte(own.endsAt, bookings.endsAt),
      ),
    );
  const kidsSpaces = db.select({ id: spaces.id }).from(spaces).where(and(eq(spaces.siteId, input.siteId), eq(spaces.kind, 'kids')));
  const cancelled = await db
    .update(bookings)
    .set({ status: 'cancelled', cancelledAt: input.now, cancelledBy: input.cancelledBy })
    .where(
      and(
        eq(bookings.userId, input.userId),
        eq(bookings.siteId, input.siteId),
        inArray(bookings.spaceId, kidsSpaces),
        eq(bookings.status, 'booked'),
        gt(bookings.endsAt, input.now),
        sql`not exists (${covered})`,
      ),
    )
    .returning({ id: bookings.id });
  return cancelled.length;
}

import { and, eq, gt, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { bookings } from '../bookings/schema';
import { spaces } from '../centre/schema';

export type WalkInResult = { ok: true; bookingId: string } | { ok: false; problem: 'unknownPerson' | 'notShared' | 'full' };

/**
 * Someone arrives without a booking: books a seat of a shared space from now until `until` and
 * checks them in at once. The space row is locked while its seats are counted, so two walk-ins for
 * the last seat cannot both get it (bookings made by the bookings feature lock the same row).
 */
export async function checkInWalkIn(
  db: Db,
  input: { siteId: string; spaceId: string; loginId: string; until: Date; now: Date; staffId: string },
): Promise<WalkInResult> {
  const [person] = await db.select({ id: users.id }).from(users).where(and(eq(users.loginId, input.loginId), isNull(users.disabledAt)));
  if (!person) return { ok: false, problem: 'unknownPerson' };
  return db.transaction(async (tx) => {
    const [space] = await tx
      .select({ kind: spaces.kind, capacity: spaces.capacity })
      .from(spaces)
      .where(and(eq(spaces.id, input.spaceId), eq(spaces.siteId, input.siteId)))
      .for('update');
    if (!space || space.kind !== 'shared') return { ok: false, problem: 'notShared' } as const;
    const [held] = await tx
      .select({ seats: sql<number>`coalesce(sum(${bookings.seats}), 0)::int` })
      .from(bookings)
      .where(
        and(
          eq(bookings.spaceId, input.spaceId),
          eq(bookings.status, 'booked'),
          isNull(bookings.checkedOutAt),
          lt(bookings.startsAt, input.until),
          // Someone checked in and staying past their end still has their seat.
          or(gt(bookings.endsAt, input.now), isNotNull(bookings.checkedInAt)),
        ),
      );
    if ((held?.seats ?? 0) + 1 > space.capacity) return { ok: false, problem: 'full' } as const;
    const [booking] = await tx
      .insert(bookings)
      .values({
        spaceId: input.spaceId,
        siteId: input.siteId,
        userId: person.id,
        bookedBy: input.staffId,
        startsAt: input.now,
        endsAt: input.until,
        blockedUntil: input.until,
        exclusive: false,
        seats: 1,
        checkedInAt: input.now,
      })
      .returning({ id: bookings.id });
    return { ok: true, bookingId: booking!.id } as const;
  });
}

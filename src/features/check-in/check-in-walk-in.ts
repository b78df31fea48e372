import { and, eq, isNull } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { loadHeldTimes } from '../bookings/load-held-times';
import { bookings } from '../bookings/schema';
import { peakSeats } from '../bookings/space-occupancy';
import { spaces } from '../centre/schema';

export type WalkInResult = { ok: true; bookingId: string } | { ok: false; problem: 'unknownPerson' | 'notShared' | 'full' };

/**
 * Someone arrives without a booking: books a seat of a shared space from now until `until` and
 * checks them in at once. Not through bookSpace, whose grid and "not in the past" rules would refuse
 * a booking starting this minute; but under the same lock on the space row and with the same seat
 * count at every moment, so a walk-in and an online booking for the last seat cannot both get it.
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
      .where(and(eq(spaces.id, input.spaceId), eq(spaces.siteId, input.siteId), isNull(spaces.retiredAt)))
      .for('update');
    if (!space || space.kind !== 'shared') return { ok: false, problem: 'notShared' } as const;
    const held = await loadHeldTimes(tx as unknown as Db, [input.spaceId], input.now, input.until);
    if (peakSeats(held.get(input.spaceId) ?? [], input.now, input.until) + 1 > space.capacity) return { ok: false, problem: 'full' } as const;
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

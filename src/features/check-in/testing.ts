import type { Db } from '../../db/client';
import { bookings } from '../bookings/schema';
import { exclusiveSpaceKinds, operators, sites, spaces, type SpaceKind } from '../centre/schema';

/** A small centre for check-in tests: two booths, a shared space for 3, a kids space for 4. */
export async function createTestCentre(db: Db) {
  const [operator] = await db.insert(operators).values({ name: 'テスト公社' }).returning();
  const [site] = await db
    .insert(sites)
    .values({ operatorId: operator!.id, name: 'テストセンター', address: '長野県テスト町1', opensAt: '09:00', closesAt: '17:00' })
    .returning();
  const make = (kind: SpaceKind, name: string, capacity: number, sortOrder: number) => ({ siteId: site!.id, kind, name, capacity, sortOrder });
  const [booth, , shared, kids] = await db
    .insert(spaces)
    .values([make('booth', 'ブース 1', 1, 0), make('booth', 'ブース 2', 1, 1), make('shared', '共有スペース', 3, 2), make('kids', 'キッズスペース', 4, 3)])
    .returning();
  return { site: site!, booth: booth!, shared: shared!, kids: kids! };
}

/**
 * A booking inserted directly (the bookings feature's own functions check rules this file does not
 * need): `startsInMinutes` from now, for `minutes`.
 */
export async function createTestBooking(
  db: Db,
  input: { space: { id: string; siteId: string; kind: SpaceKind }; userId: string; startsInMinutes: number; minutes: number; seats?: number; now?: Date },
) {
  const now = input.now ?? new Date();
  const startsAt = new Date(now.getTime() + input.startsInMinutes * 60_000);
  const endsAt = new Date(startsAt.getTime() + input.minutes * 60_000);
  const [booking] = await db
    .insert(bookings)
    .values({
      spaceId: input.space.id,
      siteId: input.space.siteId,
      userId: input.userId,
      startsAt,
      endsAt,
      blockedUntil: endsAt,
      exclusive: exclusiveSpaceKinds.includes(input.space.kind),
      seats: input.seats ?? 1,
      childAges: input.space.kind === 'kids' ? Array.from({ length: input.seats ?? 1 }, () => 4) : null,
    })
    .returning();
  return booking!;
}

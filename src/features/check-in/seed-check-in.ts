import { inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { bookings } from '../bookings/schema';
import { spaces } from '../centre/schema';

const minute = 60_000;

/**
 * Demo check-ins, so reception, the board and who-is-in have something to show: the demo leader
 * is in the shared workspace (arrived 50 minutes ago) with one child in the kids space, and the
 * demo worker's shared seat starts in ten minutes, ready to check in. Only shared and kids spaces,
 * which other demo bookings cannot collide with.
 */
export async function seedDemoCheckIns(db: Db, now = new Date()): Promise<void> {
  const people = await db.select({ id: users.id, loginId: users.loginId }).from(users).where(inArray(users.loginId, ['worker', 'leader', 'coordinator']));
  const id = (loginId: string) => people.find((person) => person.loginId === loginId)?.id;
  const rooms = await db.select({ id: spaces.id, siteId: spaces.siteId, kind: spaces.kind }).from(spaces).where(inArray(spaces.kind, ['shared', 'kids']));
  const shared = rooms.find((space) => space.kind === 'shared');
  const kids = rooms.find((space) => space.kind === 'kids');
  const [worker, leader, coordinator] = [id('worker'), id('leader'), id('coordinator')];
  if (!shared || !kids || !worker || !leader) return;
  const at = (minutes: number) => new Date(Math.floor(now.getTime() / minute) * minute + minutes * minute);
  const booking = (space: typeof shared, userId: string, from: number, to: number) => ({
    spaceId: space.id,
    siteId: space.siteId,
    userId,
    bookedBy: coordinator ?? null,
    startsAt: at(from),
    endsAt: at(to),
    blockedUntil: at(to),
    exclusive: false,
  });
  await db.insert(bookings).values([
    { ...booking(shared, leader, -60, 180), checkedInAt: at(-50) },
    { ...booking(kids, leader, -60, 180), seats: 1, childAges: [3], checkedInAt: at(-50) },
    booking(shared, worker, 10, 130),
  ]);
}

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../auth/schema';
import { useTestApp } from '../../testing/test-app';
import { bookSpace } from './book-space';
import { bookings } from './schema';
import { createBookableSite } from './testing';

const test = useTestApp();
const now = new Date('2026-12-01T00:00:00Z');
const day = '2026-12-02';

let made = 0;

/** Plain worker rows in one insert: 200 password hashes would take longer than the race itself. */
async function workers(count: number) {
  const rows = await test.db
    .insert(users)
    .values(Array.from({ length: count }, (_, index) => ({ loginId: `racer${made + index}`, displayName: `Racer ${made + index}`, role: 'worker' as const })))
    .returning({ id: users.id });
  made += count;
  return rows.map((row) => ({ id: row.id, role: 'worker' as const }));
}

describe('booking races', () => {
  it('gives the last seat of a shared space to exactly one of 200 asking at once', { timeout: 120_000 }, async () => {
    const site = await createBookableSite(test, 2);
    const [first] = await workers(1);
    await bookSpace(test.db, first!, { spaceId: site.shared, userId: first!.id, date: day, startMinute: 600, endMinute: 720, seats: 1 }, now);
    const racers = await workers(200);
    const results = await Promise.all(racers.map((racer) => bookSpace(test.db, racer, { spaceId: site.shared, userId: racer.id, date: day, startMinute: 660, endMinute: 720, seats: 1 }, now)));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(new Set(results.filter((result) => !result.ok).map((result) => !result.ok && result.reason))).toEqual(new Set(['full']));
    const held = await test.db.select().from(bookings).where(eq(bookings.spaceId, site.shared));
    expect(held.reduce((sum, booking) => sum + booking.seats, 0)).toBe(2);
  });

  it('gives one booth slot to exactly one of 50 asking at once', { timeout: 60_000 }, async () => {
    const site = await createBookableSite(test);
    const racers = await workers(50);
    const results = await Promise.all(racers.map((racer) => bookSpace(test.db, racer, { spaceId: site.booth, userId: racer.id, date: day, startMinute: 600, endMinute: 660, seats: 1 }, now)));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.reason)).toEqual(Array(49).fill('taken'));
    expect(await test.db.select().from(bookings).where(eq(bookings.spaceId, site.booth))).toHaveLength(1);
  });
});

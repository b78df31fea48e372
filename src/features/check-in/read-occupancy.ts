import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { bookings } from '../bookings/schema';
import { exclusiveSpaceKinds, spaces, type SpaceKind } from '../centre/schema';
import { occupyingAt } from './occupying';

export type SpaceOccupancy = { spaceId: string; name: string; kind: SpaceKind; exclusive: boolean; capacity: number; taken: number; free: number };

/**
 * How full each space of a site is now: seats (or children) taken and free. Counts only, never who:
 * the board hangs at the entrance for anyone to read.
 */
export async function readOccupancy(db: Db, siteId: string, now: Date): Promise<SpaceOccupancy[]> {
  const rows = await db
    .select({
      spaceId: spaces.id,
      name: spaces.name,
      kind: spaces.kind,
      capacity: spaces.capacity,
      taken: sql<number>`coalesce(sum(${bookings.seats}), 0)::int`,
    })
    .from(spaces)
    .leftJoin(bookings, and(eq(bookings.spaceId, spaces.id), occupyingAt(now)))
    .where(and(eq(spaces.siteId, siteId), isNull(spaces.retiredAt)))
    .groupBy(spaces.id)
    .orderBy(asc(spaces.sortOrder), asc(spaces.name));
  return rows.map((row) => {
    const exclusive = exclusiveSpaceKinds.includes(row.kind);
    // An exclusive space is in use or not, whatever its capacity says.
    const capacity = exclusive ? 1 : row.capacity;
    const taken = Math.min(capacity, row.taken);
    return { ...row, exclusive, capacity, taken, free: capacity - taken };
  });
}

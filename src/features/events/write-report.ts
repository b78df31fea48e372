import { and, eq, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { events } from './schema';

/** Writes (or rewrites) the short report of an event held: only once it has ended, and not when it was cancelled. */
export async function writeReport(db: Db, eventId: string, report: string, reportedBy: string, now = new Date()): Promise<boolean> {
  const written = await db
    .update(events)
    .set({ report, reportedAt: now, reportedBy })
    .where(and(eq(events.id, eventId), lte(events.endsAt, now), isNull(events.cancelledAt)))
    .returning({ id: events.id });
  return written.length > 0;
}

import { and, eq, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { eventRsvps, events } from './schema';

/** Marks whether a person going came, once the event has started; false when there is no such answer. */
export async function markAttendance(db: Db, eventId: string, rsvpId: string, attended: boolean, now = new Date()): Promise<boolean> {
  const [started] = await db.select({ id: events.id }).from(events).where(and(eq(events.id, eventId), lte(events.startsAt, now)));
  if (!started) return false;
  const marked = await db
    .update(eventRsvps)
    .set({ attended })
    .where(and(eq(eventRsvps.id, rsvpId), eq(eventRsvps.eventId, eventId), eq(eventRsvps.status, 'going')))
    .returning({ id: eventRsvps.id });
  return marked.length > 0;
}

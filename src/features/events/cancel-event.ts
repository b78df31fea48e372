import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { eventWhen } from './event-when';
import { eventRsvps, events } from './schema';
import { tellPeople } from './tell-people';

/**
 * Cancels an event that has not ended, once, and tells everyone who answered (going or waiting).
 * The update holds the event's row, so no answer slips in between.
 */
export async function cancelEvent(db: Db, eventId: string, now = new Date()): Promise<{ ok: true; told: number } | { ok: false }> {
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [event] = await db
      .update(events)
      .set({ cancelledAt: now })
      .where(and(eq(events.id, eventId), isNull(events.cancelledAt), gt(events.endsAt, now)))
      .returning();
    if (!event) return { ok: false } as const;
    const answered = await db
      .select({ userId: eventRsvps.userId })
      .from(eventRsvps)
      .where(and(eq(eventRsvps.eventId, eventId), ne(eventRsvps.status, 'cancelled')));
    const told = await tellPeople(
      db,
      answered.map((row) => row.userId),
      { key: 'events.notification.cancelled', params: (locale) => ({ title: event.title, when: eventWhen(event, locale) }), link: `/events/${event.id}`, title: event.title },
      now,
    );
    return { ok: true, told } as const;
  });
}

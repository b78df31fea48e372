import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { eventWhen } from './event-when';
import { eventRsvps, events } from './schema';
import { tellPeople } from './tell-people';

export type ReminderResult = { ok: true; reminded: number } | { ok: false; reason: 'notFound' | 'alreadySent' | 'over' | 'cancelled' };

/**
 * Reminds everyone going, once: the event's reminderSentAt is set by the same conditional update
 * that picks the event, so of two clicks at once the second finds it set and sends nothing. Each
 * is told the way they come: the place, or the online link.
 */
export async function sendReminder(db: Db, eventId: string, now = new Date()): Promise<ReminderResult> {
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [event] = await db
      .update(events)
      .set({ reminderSentAt: now })
      .where(and(eq(events.id, eventId), isNull(events.reminderSentAt), isNull(events.cancelledAt), gt(events.endsAt, now)))
      .returning();
    if (!event) {
      const [found] = await db.select().from(events).where(eq(events.id, eventId));
      if (!found) return { ok: false, reason: 'notFound' } as const;
      return { ok: false, reason: found.cancelledAt ? 'cancelled' : found.reminderSentAt ? 'alreadySent' : 'over' } as const;
    }
    const going = await db
      .select({ userId: eventRsvps.userId, mode: eventRsvps.mode })
      .from(eventRsvps)
      .where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.status, 'going')));
    const message = { link: `/events/${event.id}`, title: event.title };
    const inPerson = await tellPeople(
      db,
      going.filter((row) => row.mode === 'in_person').map((row) => row.userId),
      { ...message, key: 'events.notification.remindInPerson', params: (locale) => ({ title: event.title, when: eventWhen(event, locale), place: event.place ?? '' }) },
      now,
    );
    const online = await tellPeople(
      db,
      going.filter((row) => row.mode === 'online').map((row) => row.userId),
      { ...message, key: 'events.notification.remindOnline', params: (locale) => ({ title: event.title, when: eventWhen(event, locale), url: event.onlineUrl ?? '' }) },
      now,
    );
    return { ok: true, reminded: inPerson + online } as const;
  });
}

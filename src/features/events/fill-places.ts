import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { countGoing } from './count-answers';
import { eventWhen } from './event-when';
import { capacityOf, type EventRow } from './event-ways';
import { eventRsvps, type AttendanceMode } from './schema';
import { tellPeople } from './tell-people';

/**
 * Gives the free places of one way to those waiting for it, first asked first, and tells them.
 * The caller holds the event's lock, so a place freed is given once.
 */
export async function fillPlaces(db: Db, event: EventRow, mode: AttendanceMode, now: Date): Promise<void> {
  const capacity = capacityOf(event, mode);
  if (capacity === null) return;
  const free = capacity - (await countGoing(db, event.id, mode));
  if (free <= 0) return;
  const next = await db
    .select({ id: eventRsvps.id })
    .from(eventRsvps)
    .where(and(eq(eventRsvps.eventId, event.id), eq(eventRsvps.mode, mode), eq(eventRsvps.status, 'waitlisted')))
    .orderBy(asc(eventRsvps.createdAt), asc(eventRsvps.id))
    .limit(free);
  if (next.length === 0) return;
  const promoted = await db
    .update(eventRsvps)
    .set({ status: 'going' })
    .where(inArray(eventRsvps.id, next.map((row) => row.id)))
    .returning({ userId: eventRsvps.userId });
  await tellPeople(
    db,
    promoted.map((row) => row.userId),
    {
      key: mode === 'online' ? 'events.notification.promotedOnline' : 'events.notification.promotedInPerson',
      params: (locale) => ({ title: event.title, when: eventWhen(event, locale) }),
      link: `/events/${event.id}`,
      title: event.title,
    },
    now,
  );
}

import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { countGoing } from './count-answers';
import { capacityOf, type EventRow } from './event-ways';
import { fillPlaces } from './fill-places';
import { lockEvent } from './lock-event';
import { eventRsvps, type AttendanceMode, type RsvpStatus } from './schema';

export type ClosedReason = 'notFound' | 'cancelled' | 'started';
export type AnswerResult = { ok: true; status: RsvpStatus } | { ok: false; reason: ClosedReason | 'notOffered' };

/** Why an event (locked by the caller) takes no more answers, if it does not. */
export function closedReason(event: EventRow | undefined, now: Date): ClosedReason | null {
  if (!event) return 'notFound';
  if (event.cancelledAt) return 'cancelled';
  return event.startsAt <= now ? 'started' : null;
}

/**
 * Answers an event in person or online, or changes the way of an answer: a place of that way if
 * one is left, else a place in its waiting list (at the end, also when changing). A place given
 * up by changing goes to the first person waiting for it, in the same transaction. All under the
 * event's lock, so N people answering at once for k places give exactly k places.
 */
export async function answerEvent(db: Db, userId: string, eventId: string, mode: AttendanceMode, now = new Date()): Promise<AnswerResult> {
  return db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const event = await lockEvent(db, eventId);
    const closed = closedReason(event, now);
    if (closed || !event) return { ok: false, reason: closed ?? 'notFound' } as const;
    const capacity = capacityOf(event, mode);
    if (capacity === null) return { ok: false, reason: 'notOffered' } as const;
    const [current] = await db
      .select()
      .from(eventRsvps)
      .where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.userId, userId), ne(eventRsvps.status, 'cancelled')));
    if (current?.mode === mode) return { ok: true, status: current.status } as const;
    const status: RsvpStatus = (await countGoing(db, eventId, mode)) < capacity ? 'going' : 'waitlisted';
    if (current) await db.update(eventRsvps).set({ mode, status, createdAt: now }).where(eq(eventRsvps.id, current.id));
    else await db.insert(eventRsvps).values({ eventId, userId, mode, status, createdAt: now });
    if (current?.status === 'going') await fillPlaces(db, event, current.mode, now);
    return { ok: true, status } as const;
  });
}

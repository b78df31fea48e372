import { and, asc, desc, eq, gt, inArray, lte, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { countAnswers, type AnswerCounts } from './count-answers';
import type { EventRow } from './event-ways';
import { eventRsvps, events, type AttendanceMode, type RsvpStatus } from './schema';

export type ListedEvent = EventRow & { counts: AnswerCounts; mine: { mode: AttendanceMode; status: RsvpStatus } | undefined };

/**
 * Events not yet ended (soonest first) and those ended (latest first), each with its answers per
 * way and the reader's own live answer. `pastOnlyMine`: past events the reader went to only.
 */
export async function listEvents(db: Db, userId: string, now: Date, options: { pastOnlyMine: boolean }): Promise<{ upcoming: ListedEvent[]; past: ListedEvent[] }> {
  const upcoming = await db.select().from(events).where(gt(events.endsAt, now)).orderBy(asc(events.startsAt));
  const past = options.pastOnlyMine
    ? (
        await db
          .select({ event: events })
          .from(events)
          .innerJoin(eventRsvps, and(eq(eventRsvps.eventId, events.id), eq(eventRsvps.userId, userId), eq(eventRsvps.status, 'going')))
          .where(lte(events.endsAt, now))
          .orderBy(desc(events.startsAt))
      ).map((row) => row.event)
    : await db.select().from(events).where(lte(events.endsAt, now)).orderBy(desc(events.startsAt)).limit(50);
  const ids = [...upcoming, ...past].map((event) => event.id);
  const counts = await countAnswers(db, ids);
  const mine =
    ids.length === 0
      ? []
      : await db
          .select({ eventId: eventRsvps.eventId, mode: eventRsvps.mode, status: eventRsvps.status })
          .from(eventRsvps)
          .where(and(eq(eventRsvps.userId, userId), inArray(eventRsvps.eventId, ids), ne(eventRsvps.status, 'cancelled')));
  const withAnswers = (event: EventRow): ListedEvent => {
    const answer = mine.find((row) => row.eventId === event.id);
    return { ...event, counts: counts.get(event.id)!, mine: answer && { mode: answer.mode, status: answer.status } };
  };
  return { upcoming: upcoming.map(withAnswers), past: past.map(withAnswers) };
}

import { and, asc, count, eq, ne, or, lt } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { countAnswers, type AnswerCounts } from './count-answers';
import type { EventRow } from './event-ways';
import { eventRsvps, events } from './schema';

export type MyAnswer = typeof eventRsvps.$inferSelect & { position: number | null };
export type EventView = EventRow & { counts: AnswerCounts; mine: MyAnswer | undefined };

/** An event with its answers per way and the reader's live answer (with their place in the waiting list). */
export async function loadEvent(db: Db, eventId: string, userId: string): Promise<EventView | undefined> {
  const [event] = await db.select().from(events).where(eq(events.id, eventId));
  if (!event) return undefined;
  const counts = (await countAnswers(db, [eventId])).get(eventId)!;
  const [answer] = await db
    .select()
    .from(eventRsvps)
    .where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.userId, userId), ne(eventRsvps.status, 'cancelled')));
  if (!answer) return { ...event, counts, mine: undefined };
  if (answer.status !== 'waitlisted') return { ...event, counts, mine: { ...answer, position: null } };
  const [ahead] = await db
    .select({ count: count() })
    .from(eventRsvps)
    .where(
      and(
        eq(eventRsvps.eventId, eventId),
        eq(eventRsvps.mode, answer.mode),
        eq(eventRsvps.status, 'waitlisted'),
        or(lt(eventRsvps.createdAt, answer.createdAt), and(eq(eventRsvps.createdAt, answer.createdAt), lt(eventRsvps.id, answer.id))),
      ),
    );
  return { ...event, counts, mine: { ...answer, position: (ahead?.count ?? 0) + 1 } };
}

export type AnswerRow = { id: string; name: string; mode: typeof eventRsvps.$inferSelect.mode; status: typeof eventRsvps.$inferSelect.status; attended: boolean | null };

/** Everyone's live answers, for staff: per way, those going then those waiting, each in the order they asked. */
export async function listAnswers(db: Db, eventId: string): Promise<AnswerRow[]> {
  return db
    .select({ id: eventRsvps.id, name: users.displayName, mode: eventRsvps.mode, status: eventRsvps.status, attended: eventRsvps.attended })
    .from(eventRsvps)
    .innerJoin(users, eq(users.id, eventRsvps.userId))
    .where(and(eq(eventRsvps.eventId, eventId), ne(eventRsvps.status, 'cancelled')))
    .orderBy(asc(eventRsvps.mode), asc(eventRsvps.status), asc(eventRsvps.createdAt), asc(eventRsvps.id));
}

import { and, count, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { eventRsvps, type AttendanceMode } from './schema';

export type ModeCounts = { going: number; waiting: number };
export type AnswerCounts = Record<AttendanceMode, ModeCounts>;

const empty = (): AnswerCounts => ({ in_person: { going: 0, waiting: 0 }, online: { going: 0, waiting: 0 } });

/** Live answers of each event, per way of attending: how many are going and how many wait. */
export async function countAnswers(db: Db, eventIds: readonly string[]): Promise<Map<string, AnswerCounts>> {
  const counts = new Map(eventIds.map((id) => [id, empty()]));
  if (eventIds.length === 0) return counts;
  const rows = await db
    .select({ eventId: eventRsvps.eventId, mode: eventRsvps.mode, status: eventRsvps.status, count: count() })
    .from(eventRsvps)
    .where(and(inArray(eventRsvps.eventId, [...eventIds]), ne(eventRsvps.status, 'cancelled')))
    .groupBy(eventRsvps.eventId, eventRsvps.mode, eventRsvps.status);
  for (const row of rows) {
    const modeCounts = counts.get(row.eventId)![row.mode];
    if (row.status === 'going') modeCounts.going = row.count;
    else modeCounts.waiting = row.count;
  }
  return counts;
}

/** How many hold a place of one way of the event (the caller holds the event's lock). */
export async function countGoing(db: Db, eventId: string, mode: AttendanceMode): Promise<number> {
  const [row] = await db
    .select({ count: count() })
    .from(eventRsvps)
    .where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.mode, mode), eq(eventRsvps.status, 'going')));
  return row?.count ?? 0;
}
